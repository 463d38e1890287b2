package app.nestegg.vault.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.security.UnlockGuard;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import app.nestegg.vault.store.VaultFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One regression test per finding of the corruption harness ({@link DamagedFilesTest}). */
class DamageFindingsTest {

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();

    @Test
    void aLockoutFileWithAFailureOfNoKindStartsACleanCountInsteadOfCrashing() throws IOException {
        Path folder = lockedVault();
        Files.writeString(
                new VaultFolder(folder).lockout(),
                "{\"consecutiveFailures\":1,\"lastFailureAt\":\"2026-11-27T09:59:00Z\",\"lockedUntil\":null,"
                        + "\"unreported\":[{\"at\":\"2026-11-27T09:59:00Z\",\"factor\":null}]}");

        vaults.unlock(folder).lock();
    }

    @Test
    void aLockoutFileLockedForCenturiesIsDamageNotALockout() throws IOException {
        Path folder = lockedVault();
        Files.writeString(
                new VaultFolder(folder).lockout(),
                "{\"consecutiveFailures\":5,\"lastFailureAt\":\"2026-11-27T09:59:00Z\","
                        + "\"lockedUntil\":\"6026-11-27T10:29:00Z\",\"unreported\":[]}");

        vaults.unlock(folder).lock();
    }

    @Test
    void aLastFailureFarAheadDoesNotMakeTheNextAttemptWaitForIt() throws IOException {
        Path folder = lockedVault();
        Files.writeString(
                new VaultFolder(folder).lockout(),
                "{\"consecutiveFailures\":2,\"lastFailureAt\":\"2996-11-27T09:59:00Z\",\"lockedUntil\":null,"
                        + "\"unreported\":[]}");

        vaults.unlock(folder).lock();

        assertThat(vaults.pauses)
                .allSatisfy(pause -> assertThat(pause)
                        .isBeforeOrEqualTo(vaults.clock.instant().plus(UnlockGuard.LOCKOUT)));
    }

    @Test
    void aBackupWhoseStoredBytesChangedIsRefusedByItsChecksum() throws IOException {
        Path folder = temp.resolve("vault");
        BackupFile backup = vaultWithBackup(folder);
        flipInsideTheEntry(backup.database());

        try (VaultSession session = vaults.unlock(folder)) {
            assertThatThrownBy(() -> session.restore(session.backups().find(backup.name())))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("checksum")
                    .hasMessageContaining("Nothing was changed");
        }
        try (VaultSession session = vaults.unlock(folder)) {
            assertThat(session.ledger().accounts().list()).hasSize(2);
        }
    }

    @Test
    void aBackupWhosePagesAreDamagedUnderAValidChecksumIsRefusedBeforeItReplacesTheVault() throws IOException {
        Path folder = temp.resolve("vault");
        BackupFile backup = vaultWithBackup(folder);
        rezipWithDamagedPages(backup.database());

        try (VaultSession session = vaults.unlock(folder)) {
            assertThatThrownBy(() -> session.restore(session.backups().find(backup.name())))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("cannot be restored")
                    .hasMessageContaining("Nothing was changed");
        }
        try (VaultSession session = vaults.unlock(folder)) {
            assertThat(session.ledger().accounts().list()).hasSize(2);
        }
    }

    @Test
    void aSchemaHistoryBehindItsTablesIsDamagedNotANewerVersion() {
        Path folder = temp.resolve("vault");
        try (VaultSession session = vaults.create(folder)) {
            session.database()
                    .write(dsl -> dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '21'"));
        }

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(app.nestegg.vault.VaultDamagedException.class)
                .hasMessageContaining("does not match its tables");
    }

    private Path lockedVault() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        return folder;
    }

    /** A vault with one account in its backup and a second added after it. */
    private BackupFile vaultWithBackup(Path folder) {
        try (VaultSession session = vaults.create(folder)) {
            addAccount(session, "Everyday");
            BackupFile backup = session.backups().create(BackupKind.MANUAL);
            addAccount(session, "Savings");
            return backup;
        }
    }

    private static void addAccount(VaultSession session, String name) {
        session.ledger()
                .accounts()
                .add(AccountDraft.of(name, AccountType.CHECKING, Currency.getInstance("EUR"), BigDecimal.ONE));
    }

    /** Flips a byte in the middle of the stored database, leaving the zip's headers and recorded CRC alone. */
    private static void flipInsideTheEntry(Path zip) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        int nameLength = (bytes[26] & 0xff) | (bytes[27] & 0xff) << 8;
        int extraLength = (bytes[28] & 0xff) | (bytes[29] & 0xff) << 8;
        long compressed;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            compressed = file.getEntry("vault.mv.db").getCompressedSize();
        }
        int middle = 30 + nameLength + extraLength + (int) (compressed / 2);
        bytes[middle] ^= 0x5a;
        Files.write(zip, bytes);
    }

    /** Writes the backup again with every 4 KiB block after the file header changed, and a CRC that matches. */
    private static void rezipWithDamagedPages(Path zip) throws IOException {
        byte[] database;
        try (ZipFile file = new ZipFile(zip.toFile());
                InputStream in = file.getInputStream(file.getEntry("vault.mv.db"))) {
            database = in.readAllBytes();
        }
        for (int offset = 8192 + 100; offset < database.length; offset += 4096) {
            database[offset] ^= 0x5a;
        }
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream rezipped = new ZipOutputStream(out)) {
            rezipped.putNextEntry(new ZipEntry("vault.mv.db"));
            rezipped.write(database);
            rezipped.closeEntry();
        }
    }
}
