package app.nestegg.vault.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.exchange.export.ExportException.Reason;
import app.nestegg.vault.store.generated.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export encrypted in the age format opens only with its passphrase and only unchanged. */
class EncryptedExportTest {

    static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path encrypted;
    private final ExportFixture fixture = new ExportFixture();
    private VaultSession target;
    private int changesBefore;

    @BeforeAll
    static void exportAFilledVaultEncrypted() {
        encrypted = shared.resolve("export.age");
        try (VaultSession source = new ExportFixture().filledVault(shared.resolve("source"))) {
            ExportSummary summary = ExportFixture.export(source, encrypted, Optional.of(PASSPHRASE.toCharArray()));
            assertThat(summary.encrypted()).isTrue();
        }
    }

    @BeforeEach
    void createAnEmptyVault() {
        target = fixture.vaults.create(folder.resolve("target"));
        target.ledger();
        changesBefore = changeLogSize();
    }

    @AfterEach
    void lock() {
        target.close();
    }

    @Test
    void theFileIsAnAgeFileWithOneScryptStanza() throws IOException {
        String header = new String(Files.readAllBytes(encrypted), 0, 120, StandardCharsets.ISO_8859_1);

        assertThat(header).startsWith("age-encryption.org/v1\n-> scrypt ");
        assertThat(header.lines().skip(1).findFirst().orElseThrow())
                .matches("-> scrypt [A-Za-z0-9+/]{22} " + ExportFixture.FAST_WORK_FACTOR);
    }

    @Test
    void theRightPassphraseRestoresIt() {
        ExportSummary restored = ExportFixture.restore(target, encrypted, Optional.of(PASSPHRASE.toCharArray()));

        assertThat(restored.count("transactions")).isGreaterThan(400);
        assertThat(target.ledger().accounts().find("House")).isNotNull();
    }

    @Test
    void aWrongPassphraseIsRefusedAndNothingIsWritten() {
        assertRefused(encrypted, Optional.of("wrong horse battery staple".toCharArray()), Reason.WRONG_PASSPHRASE);
    }

    @Test
    void noPassphraseAsksForOne() {
        assertRefused(encrypted, Optional.empty(), Reason.PASSPHRASE_NEEDED);
    }

    @Test
    void aFlippedByteInThePayloadFailsAuthentication() throws IOException {
        byte[] bytes = Files.readAllBytes(encrypted);
        bytes[bytes.length / 2] ^= 0x01;
        Path tampered = Files.write(folder.resolve("tampered.age"), bytes);

        assertRefused(tampered, Optional.of(PASSPHRASE.toCharArray()), Reason.TAMPERED);
    }

    @Test
    void aFlippedByteInTheLastChunkFailsAuthentication() throws IOException {
        byte[] bytes = Files.readAllBytes(encrypted);
        bytes[bytes.length - 3] ^= 0x01;
        Path tampered = Files.write(folder.resolve("tampered.age"), bytes);

        assertRefused(tampered, Optional.of(PASSPHRASE.toCharArray()), Reason.TAMPERED);
    }

    @Test
    void aCutOffFileFailsAuthentication() throws IOException {
        byte[] bytes = Files.readAllBytes(encrypted);
        Path cut = Files.write(folder.resolve("cut.age"), java.util.Arrays.copyOf(bytes, bytes.length - 100));

        assertRefused(cut, Optional.of(PASSPHRASE.toCharArray()), Reason.TAMPERED);
    }

    @Test
    void aChangedHeaderIsRefused() throws IOException {
        String text = new String(Files.readAllBytes(encrypted), StandardCharsets.ISO_8859_1);
        String changedWorkFactor = text.replaceFirst(" " + ExportFixture.FAST_WORK_FACTOR + "\n", " 11\n");
        Path tampered =
                Files.write(folder.resolve("header.age"), changedWorkFactor.getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(tampered, Optional.of(PASSPHRASE.toCharArray()), Reason.WRONG_PASSPHRASE);
    }

    @Test
    void aWorkFactorAboveTheLimitIsRefusedBeforeScryptRuns() throws IOException {
        String text = new String(Files.readAllBytes(encrypted), StandardCharsets.ISO_8859_1);
        String costly = text.replaceFirst(" " + ExportFixture.FAST_WORK_FACTOR + "\n", " 40\n");
        Path file = Files.write(folder.resolve("costly.age"), costly.getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(file, Optional.of(PASSPHRASE.toCharArray()), Reason.TAMPERED);
    }

    private void assertRefused(Path file, Optional<char[]> passphrase, Reason reason) {
        var before = ExportFixture.ledgerRows(target);
        assertThatThrownBy(() -> ExportFixture.restore(target, file, passphrase))
                .isInstanceOfSatisfying(
                        ExportException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(file.getFileName().toString());
        assertThat(ExportFixture.ledgerRows(target)).isEqualTo(before);
        assertThat(changeLogSize()).isEqualTo(changesBefore);
    }

    private int changeLogSize() {
        return target.database().read(dsl -> dsl.fetchCount(Tables.CHANGE_LOG));
    }
}
