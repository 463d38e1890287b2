package app.nestegg.vault.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a statement file to text: refuses binary content, strips a byte-order mark, and reads UTF-8 when the bytes
 * are valid UTF-8, else Windows-1252 (what European bank exports that are not UTF-8 use).
 */
public final class StatementText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private StatementText() {}

    /** Throws when the content is empty or binary (NUL bytes, or many control characters). */
    public static void requireText(String fileName, byte[] content) {
        if (content.length == 0 || isBlank(content)) {
            throw ImportException.wholeFile(fileName, "the file is empty");
        }
        int controls = 0;
        for (byte b : content) {
            if (b == 0) {
                throw ImportException.wholeFile(
                        fileName, "the file is binary (it contains NUL bytes), not a statement");
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1a) {
                controls++;
            }
        }
        if (controls > 8 && controls * 100L > content.length) {
            throw ImportException.wholeFile(fileName, "the file is binary (control characters), not a statement");
        }
    }

    /** UTF-8 (byte-order mark removed) when the bytes are valid UTF-8, else Windows-1252. */
    public static String decode(byte[] content) {
        return decode(content, null);
    }

    /** The text in the given charset, or in UTF-8 / Windows-1252 as {@link #decode(byte[])} when it is null. */
    public static String decode(byte[] content, Charset charset) {
        int offset = hasUtf8Bom(content) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        if (charset != null) {
            return stripBom(charset.decode(bytes).toString());
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252.decode(ByteBuffer.wrap(content)).toString();
        }
    }

    public static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\ufeff' ? text.substring(1) : text;
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3
                && (content[0] & 0xff) == 0xef
                && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf;
    }

    private static boolean isBlank(byte[] content) {
        int offset = hasUtf8Bom(content) ? 3 : 0;
        for (int i = offset; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
