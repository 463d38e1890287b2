package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search the secret journey relies on finds a secret in each form it claims to, and nothing else. */
class SecretScanTest {

    private static final String PASSPHRASE = "correct horse battery staple 42";
    private static final byte[] KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0123456789abcdef");

    @TempDir
    Path folder;

    private final SecretScan scan =
            new SecretScan().text("passphrase", PASSPHRASE).bytes("key", KEY);

    @Test
    void findsTextInUtf8AndBothUtf16Orders() throws IOException {
        List<SecretScan.Finding> found = scan.inFiles(List.of(
                file("a", ("x " + PASSPHRASE + " y").getBytes(StandardCharsets.UTF_8)),
                file("b", PASSPHRASE.getBytes(StandardCharsets.UTF_16LE)),
                file("c", PASSPHRASE.getBytes(StandardCharsets.UTF_16BE))));

        assertThat(found).extracting(SecretScan.Finding::form).containsExactly("UTF-8", "UTF-16LE", "UTF-16BE");
    }

    @Test
    void findsKeyBytesRawAndAsHexBase64AndBase32Text() throws IOException {
        List<SecretScan.Finding> found = scan.inFiles(List.of(
                file("raw", KEY),
                file(
                        "hex",
                        ("key=" + HexFormat.of().formatHex(KEY).toUpperCase(Locale.ROOT))
                                .getBytes(StandardCharsets.UTF_8)),
                file("b64", Base64.getEncoder().encode(KEY)),
                file("b32", new Base32().encodeAsString(KEY).getBytes(StandardCharsets.US_ASCII))));

        assertThat(found)
                .extracting(SecretScan.Finding::form)
                .containsExactly("raw bytes", "upper-case hex in UTF-8", "Base64 in UTF-8", "Base32 in UTF-8");
    }

    @Test
    void looksInsideZipEntriesAndGzipContent() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("ledger.json"));
            out.write(("{\"note\":\"" + PASSPHRASE + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gzip)) {
            out.write(KEY);
        }

        List<SecretScan.Finding> found =
                scan.inFiles(List.of(file("e.zip", zip.toByteArray()), file("l.gz", gzip.toByteArray())));

        assertThat(found)
                .extracting(SecretScan.Finding::where)
                .anySatisfy(where -> assertThat(where).endsWith("e.zip!ledger.json"));
        assertThat(found)
                .extracting(SecretScan.Finding::where)
                .anySatisfy(where -> assertThat(where).endsWith("l.gz!gunzip"));
    }

    @Test
    void findsNothingInOtherContentOrInAPartOfASecret() throws IOException {
        assertThat(scan.inFiles(List.of(file("other", "correct horse battery".getBytes(StandardCharsets.UTF_8)))))
                .isEmpty();
        assertThat(scan.inText("command line", "java -cp app.jar Main --passphrase-file /tmp/p.txt"))
                .isEmpty();
        assertThat(scan.inText("command line", "nest-egg --passphrase " + PASSPHRASE))
                .isNotEmpty()
                .allSatisfy(found -> assertThat(found.secret()).isEqualTo("passphrase"));
    }

    @Test
    void refusesASecretTooShortToSearchForWithoutChanceHits() {
        assertThatThrownBy(() -> new SecretScan().text("pin", "1234"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pin");
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
