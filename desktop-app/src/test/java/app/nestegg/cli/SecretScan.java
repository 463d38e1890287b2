package app.nestegg.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.codec.binary.Base32;

/**
 * The secrets a test knows, each in every form the app could write it — text in UTF-8, UTF-16LE and UTF-16BE; key bytes
 * raw and as hex, Base64 and Base32 text — and where any of them shows: in a file (also inside the entries of a ZIP
 * file and in gzip content, where compression would hide them from a plain search), or in a piece of text such as a
 * process's command line.
 */
final class SecretScan {

    static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    /** Shorter needles would be found by chance in encrypted or compressed bytes. */
    private static final int SHORTEST = 8;

    private static final int MAX_NESTING = 3;

    /** One secret found: which, in which form, where, and at which byte (or character) offset. */
    record Finding(String secret, String form, String where, long offset) {
        @Override
        public String toString() {
            return secret + " (" + form + ") in " + where + " at " + offset;
        }
    }

    /** Each needle as ISO-8859-1 text (one char per byte), so {@link String#indexOf} searches bytes. */
    private final Map<String, Needle> needles = new LinkedHashMap<>();

    private final Set<String> names = new LinkedHashSet<>();

    private record Needle(String secret, String form) {}

    /** A secret that is text, such as a passphrase, a token or a code. */
    SecretScan text(String name, String value) {
        names.add(name);
        for (Charset encoding : ENCODINGS) {
            add(name, encoding.name(), value.getBytes(encoding));
        }
        return this;
    }

    /** A secret that is bytes, such as a key: raw, and as lower- and upper-case hex, Base64 (both alphabets), Base32. */
    SecretScan bytes(String name, byte[] value) {
        names.add(name);
        add(name, "raw bytes", value);
        Map<String, String> forms = new LinkedHashMap<>();
        String hex = HexFormat.of().formatHex(value);
        forms.put("hex", hex);
        forms.put("upper-case hex", hex.toUpperCase(Locale.ROOT));
        forms.put("Base64", Base64.getEncoder().withoutPadding().encodeToString(value));
        forms.put("URL-safe Base64", Base64.getUrlEncoder().withoutPadding().encodeToString(value));
        forms.put("Base32", new Base32().encodeAsString(value).replace("=", ""));
        forms.forEach((form, text) -> {
            for (Charset encoding : ENCODINGS) {
                add(name, form + " in " + encoding.name(), text.getBytes(encoding));
            }
        });
        return this;
    }

    /** How many secrets (not forms) the scan looks for. */
    Set<String> names() {
        return names;
    }

    /** Every secret in every file, also inside ZIP entries and gzip content. */
    List<Finding> inFiles(Collection<Path> files) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            try {
                inContent(file.toString(), Files.readAllBytes(file), 0, findings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return findings;
    }

    /** Every secret in a piece of text, as it would be stored in UTF-8 (or UTF-16). */
    List<Finding> inText(String where, String text) {
        List<Finding> findings = new ArrayList<>();
        for (Charset encoding : ENCODINGS) {
            search(where + " (" + encoding.name() + ")", text.getBytes(encoding), findings);
        }
        return findings;
    }

    private void inContent(String where, byte[] content, int nesting, List<Finding> findings) throws IOException {
        search(where, content, findings);
        if (nesting >= MAX_NESTING) {
            return;
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    inContent(where + "!" + entry.getName(), zip.readAllBytes(), nesting + 1, findings);
                }
            }
        } else if (startsWith(content, 0x1f, 0x8b)) {
            try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(content))) {
                inContent(where + "!gunzip", gzip.readAllBytes(), nesting + 1, findings);
            }
        }
    }

    private void search(String where, byte[] content, List<Finding> findings) {
        String haystack = new String(content, StandardCharsets.ISO_8859_1);
        needles.forEach((needle, what) -> {
            int at = haystack.indexOf(needle);
            if (at >= 0) {
                findings.add(new Finding(what.secret(), what.form(), where, at));
            }
        });
    }

    private void add(String name, String form, byte[] bytes) {
        if (bytes.length < SHORTEST) {
            throw new IllegalArgumentException(name + " (" + form + ") is too short to search for without chance hits");
        }
        needles.putIfAbsent(new String(bytes, StandardCharsets.ISO_8859_1), new Needle(name, form));
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
