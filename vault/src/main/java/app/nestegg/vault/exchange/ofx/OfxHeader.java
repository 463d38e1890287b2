package app.nestegg.vault.exchange.ofx;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The charset an OFX file declares: {@code ENCODING}/{@code CHARSET} in an OFX 1 SGML header, {@code encoding} in an
 * OFX 2 XML declaration. Read from the ASCII-compatible start of the file before decoding it.
 */
final class OfxHeader {

    private static final int HEADER_CHARS = 2048;

    private OfxHeader() {}

    static Charset charset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HEADER_CHARS), StandardCharsets.ISO_8859_1);
        String upper = head.toUpperCase(Locale.ROOT);
        int xmlEncoding = upper.indexOf("ENCODING=\"");
        if (upper.contains("<?XML") && xmlEncoding >= 0) {
            int start = xmlEncoding + "ENCODING=\"".length();
            int end = upper.indexOf('"', start);
            return end > start ? named(head.substring(start, end), StandardCharsets.UTF_8) : StandardCharsets.UTF_8;
        }
        if (upper.contains("<?XML") || upper.contains("<?OFX")) {
            return StandardCharsets.UTF_8;
        }
        String encoding = value(upper, "ENCODING:");
        if ("UTF-8".equals(encoding) || "UNICODE".equals(encoding)) {
            return StandardCharsets.UTF_8;
        }
        String charset = value(upper, "CHARSET:");
        if (charset == null || charset.equals("NONE") || charset.equals("1252")) {
            return Charset.forName("windows-1252");
        }
        if (charset.equals("8859-1") || charset.equals("ISO-8859-1")) {
            return StandardCharsets.ISO_8859_1;
        }
        return named(charset, Charset.forName("windows-1252"));
    }

    private static String value(String upperHead, String key) {
        int at = upperHead.indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = at + key.length();
        int end = start;
        while (end < upperHead.length()
                && upperHead.charAt(end) != '\r'
                && upperHead.charAt(end) != '\n'
                && upperHead.charAt(end) != '<') {
            end++;
        }
        return upperHead.substring(start, end).strip();
    }

    private static Charset named(String name, Charset otherwise) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }
}
