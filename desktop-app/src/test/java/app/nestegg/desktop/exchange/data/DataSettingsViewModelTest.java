package app.nestegg.desktop.exchange.data;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSettingsViewModelTest {

    private static final String EXPORT_PASSPHRASE = "heron violet tundra 58";

    @TempDir
    Path root;

    private TestVaults vaults;
    private VaultSession session;
    private final List<String> restoredNotices = new ArrayList<>();
    private DataSettingsViewModel data;

    @BeforeEach
    void setUp() {
        vaults = new TestVaults(root);
        session = vaults.create();
        addAccount("Everyday");
        data = new DataSettingsViewModel(
                session, new SameThreadTaskExecutor(), TestVaults.messages(), vaults.clock(), restoredNotices::add);
        data.refresh();
    }

    @AfterEach
    void tearDown() {
        session.lock();
    }

    @Test
    void aPlainExportWritesAZipAndSaysWhatItHolds() throws IOException {
        Path out = root.resolve(data.suggestedFileName());

        data.export(out);

        assertThat(out.getFileName().toString()).isEqualTo("nest-egg-export-2026-03-01.zip");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
        }
        assertThat(data.exportErrorProperty().get()).isEmpty();
        assertThat(data.exportStatusProperty().get()).isEqualTo("Exported 1 accounts and 0 transactions to " + out);
    }

    @Test
    void anEncryptedExportWithPassphrasesThatDifferIsRefusedAndWritesNothing() {
        data.encryptProperty().set(true);
        data.passphraseProperty().set(EXPORT_PASSPHRASE);
        data.repeatProperty().set(EXPORT_PASSPHRASE + "x");
        Path out = root.resolve(data.suggestedFileName());

        data.export(out);

        assertThat(out).doesNotExist();
        assertThat(data.canExportProperty().get()).isFalse();
        assertThat(data.exportErrorProperty().get()).isEqualTo("The two passphrases are not the same.");
    }

    @Test
    void aShortExportPassphraseIsRefused() {
        data.encryptProperty().set(true);
        data.passphraseProperty().set("short one");
        data.repeatProperty().set("short one");

        data.export(root.resolve("short.age"));

        assertThat(root.resolve("short.age")).doesNotExist();
        assertThat(data.exportErrorProperty().get()).contains("at least 12 characters");
    }

    @Test
    void anEncryptedExportIsAnAgeFileAndTheStatusSaysHowToDecryptIt() throws IOException {
        data.encryptProperty().set(true);
        data.passphraseProperty().set(EXPORT_PASSPHRASE);
        data.repeatProperty().set(EXPORT_PASSPHRASE);
        Path out = root.resolve(data.suggestedFileName());

        data.export(out);

        assertThat(out.getFileName().toString()).endsWith(".age");
        byte[] head = Files.readAllBytes(out);
        assertThat(new String(head, 0, 21, StandardCharsets.US_ASCII)).isEqualTo("age-encryption.org/v1");
        assertThat(data.exportStatusProperty().get()).endsWith("Decrypt with: age --decrypt -o export.zip " + out);
        assertThat(data.passphraseProperty().get()).isEmpty();
        assertThat(data.repeatProperty().get()).isEmpty();
    }

    @Test
    void backingUpNowAddsAManualBackupToTheList() {
        int before = data.backups().size();

        data.backUpNow();

        assertThat(data.backups()).hasSize(before + 1);
        BackupRow newest = data.backups().getFirst();
        assertThat(newest.kind()).isEqualTo("manual");
        assertThat(newest.size()).endsWith("KiB");
        assertThat(data.backupStatusProperty().get()).isEqualTo("Backed up as " + newest.name());
    }

    @Test
    void restoringAsksFirstThenBringsBackTheBackupAndEndsLocked() {
        data.backUpNow();
        vaults.clock().advance(Duration.ofMinutes(5));
        addAccount("Savings");
        data.selectedProperty().set(data.backups().getFirst());

        data.askRestore();
        assertThat(data.restoreQuestionProperty().get()).startsWith("Restoring replaces all data with the backup of");
        assertThat(session.isLocked()).isFalse();
        data.confirmRestore();

        assertThat(session.isLocked()).isTrue();
        assertThat(restoredNotices).singleElement().asString().startsWith("Restored the backup of");
        try (VaultSession again = vaults.service()
                .unlock(vaults.folder(), TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.none())) {
            assertThat(again.ledger().accounts().list())
                    .extracting(Account::name)
                    .containsExactly("Everyday");
            assertThat(again.backups().list()).extracting(BackupFile::kind).contains(BackupKind.BEFORE_RESTORE);
        }
    }

    @Test
    void cancellingARestoreChangesNothing() {
        data.backUpNow();
        data.selectedProperty().set(data.backups().getFirst());

        data.askRestore();
        data.cancelRestore();
        data.confirmRestore();

        assertThat(data.restoreQuestionProperty().get()).isEmpty();
        assertThat(session.isLocked()).isFalse();
        assertThat(restoredNotices).isEmpty();
    }

    @Test
    void aBackupOfAnotherVaultIsRefusedAndTheSessionStaysOpen() throws IOException {
        BackupFile foreign;
        TestVaults others = new TestVaults(root.resolve("other"));
        others.clock().advance(Duration.ofHours(1));
        try (VaultSession other = others.create()) {
            foreign = other.backups().create(BackupKind.MANUAL);
        }
        Path backups = Files.createDirectories(session.folder().backups());
        Files.copy(foreign.database(), backups.resolve(foreign.database().getFileName()));
        Files.copy(foreign.keyring(), backups.resolve(foreign.keyring().getFileName()));
        data.refresh();
        data.selectedProperty()
                .set(data.backups().stream()
                        .filter(row -> row.name().equals(foreign.name()))
                        .findFirst()
                        .orElseThrow());

        data.askRestore();
        data.confirmRestore();

        assertThat(data.backupErrorProperty().get()).contains(foreign.name());
        assertThat(session.isLocked()).isFalse();
        assertThat(restoredNotices).isEmpty();
        assertThat(session.ledger().accounts().list()).extracting(Account::name).containsExactly("Everyday");
    }

    private void addAccount(String name) {
        session.ledger()
                .accounts()
                .add(AccountDraft.of(name, AccountType.CHECKING, Currency.getInstance("USD"), BigDecimal.TEN));
    }
}
