package app.nestegg.vault.exchange.export;

import app.nestegg.vault.fuzz.SeedDamage;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reading an export, plain or encrypted, either checks it against its manifest or refuses it with an
 * {@link ExportException}; any other exception, a hang or running out of memory fails the test (ADR 0038). Seeds in
 * {@code ExportFileFuzzTestInputs/<method>/}; {@code scripts/fuzz} fuzzes them.
 */
class ExportFileFuzzTest {

    /** Small enough that a fuzzed file hits every limit quickly; a work factor low enough to try many headers. */
    private static final ExportLimits LIMITS = new ExportLimits(4L << 20, 64, ExportFixture.FAST_WORK_FACTOR);

    static final String PASSPHRASE = "fuzzing passphrase";

    private static final SeedDamage PLAIN = SeedDamage.of(ExportFileFuzzTest.class, "plainExportIsCheckedOrRefused");
    private static final SeedDamage ENCRYPTED =
            SeedDamage.of(ExportFileFuzzTest.class, "encryptedExportIsCheckedOrRefused");

    @FuzzTest(maxDuration = "10s")
    void plainExportIsCheckedOrRefused(byte[] raw) {
        byte[] content = PLAIN.input(raw);
        PLAIN.keepIfItFails(content, () -> verify(content, Optional.empty()));
    }

    @FuzzTest(maxDuration = "10s")
    void encryptedExportIsCheckedOrRefused(byte[] raw) {
        byte[] content = ENCRYPTED.input(raw);
        ENCRYPTED.keepIfItFails(content, () -> verify(content, Optional.of(PASSPHRASE.toCharArray())));
    }

    private static void verify(byte[] content, Optional<char[]> passphrase) {
        try {
            Path file = Files.createTempFile("fuzzed-export", ".zip");
            verify(file, content, passphrase);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void verify(Path file, byte[] content, Optional<char[]> passphrase) throws IOException {
        try {
            Files.write(file, content);
            ExportRestore.looksLikeExport(file);
            try (ExportFile export = new ExportFile(file, passphrase, LIMITS)) {
                export.verify();
            } catch (ExportException expected) {
                // Refusing the file with a message is the correct outcome.
            }
        } finally {
            Files.delete(file);
        }
    }
}
