package app.nestegg.vault.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.nestegg.vault.VaultSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our encrypted exports open with the standard {@code age} tool, and files {@code age -p} writes open with us. Needs
 * {@code age} (Debian package {@code age}) and {@code script} (util-linux) on the PATH; skipped without them.
 */
class AgeToolInteropTest {

    private static final String PASSPHRASE = "tidal meadow copper lantern";

    @TempDir
    Path folder;

    private final ExportFixture fixture = new ExportFixture();

    @BeforeEach
    void needsTheAgeTool() {
        assumeTrue(
                AgeTool.available(), "the age tool (apt-get install age) and script (util-linux) are not on the PATH");
    }

    @Test
    void ageDecryptsOurExportToTheSameZip() throws Exception {
        Path plain = folder.resolve("export.zip");
        Path encrypted = folder.resolve("export.age");
        try (VaultSession source = fixture.filledVault(folder.resolve("source"))) {
            ExportFixture.export(source, plain, Optional.empty());
            // The default work factor, as the app writes it, so the tool accepts what users get.
            new VaultExporter(
                            source.ledger(),
                            "test",
                            java.time.Clock.systemUTC(),
                            new SecureRandom(),
                            VaultExporter.DEFAULT_WORK_FACTOR)
                    .export(encrypted, Optional.of(PASSPHRASE.toCharArray()), ExportProgress.NONE);
        }
        Path decrypted = folder.resolve("decrypted.zip");

        AgeTool.Result result = AgeTool.decrypt(encrypted, decrypted, PASSPHRASE);

        assertThat(result.exitCode()).as(result.terminal()).isZero();
        assertThat(ZipFiles.read(decrypted).keySet())
                .isEqualTo(ZipFiles.read(plain).keySet());
        assertThat(ZipFiles.read(decrypted).get("accounts.csv"))
                .isEqualTo(ZipFiles.read(plain).get("accounts.csv"));
    }

    @Test
    void ageRefusesOurExportWithAWrongPassphrase() throws Exception {
        Path encrypted = folder.resolve("export.age");
        try (VaultSession source = fixture.vaults.create(folder.resolve("source"))) {
            ExportFixture.export(source, encrypted, Optional.of(PASSPHRASE.toCharArray()));
        }

        AgeTool.Result result = AgeTool.decrypt(encrypted, folder.resolve("out.zip"), "not the passphrase");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.terminal()).contains("incorrect passphrase");
    }

    @Test
    void weRestoreAnExportThatAgeEncrypted() throws Exception {
        Path plain = folder.resolve("export.zip");
        try (VaultSession source = fixture.filledVault(folder.resolve("source"))) {
            ExportFixture.export(source, plain, Optional.empty());
        }
        Path encrypted = folder.resolve("by-age.age");
        AgeTool.Result result = AgeTool.encrypt(plain, encrypted, PASSPHRASE);
        assertThat(result.exitCode()).as(result.terminal()).isZero();
        assertThat(Files.readString(encrypted, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("-> scrypt ");

        try (VaultSession target = fixture.vaults.create(folder.resolve("target"))) {
            ExportSummary restored = ExportFixture.restore(target, encrypted, Optional.of(PASSPHRASE.toCharArray()));

            assertThat(restored.count("transactions")).isGreaterThan(400);
        }
    }
}
