package app.nestegg.vault.exchange.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import app.nestegg.vault.store.SecureFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Currency;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path folder;

    private final TestVaults vaults = new TestVaults();

    @Test
    void aBackupIsTakenWhileTheVaultIsOpenWithTheKeyringBesideIt() throws IOException {
        try (VaultSession session = vaults.create(folder.resolve("vault"))) {
            addAccount(session, "Checking");

            BackupFile backup = session.backups().create(BackupKind.MANUAL);

            assertThat(session.backups().list()).containsExactly(backup);
            assertThat(backup.kind()).isEqualTo(BackupKind.MANUAL);
            assertThat(backup.created()).isEqualTo(vaults.clock.instant());
            assertThat(backup.name()).isEqualTo("nestegg-20261127T100000000Z-manual.zip");
            assertThat(backup.size()).isPositive();
            assertThat(Files.readString(backup.keyring()))
                    .isEqualTo(Files.readString(folder.resolve("vault/keyring.json")));
            assertThat(SecureFiles.openToOthers(backup.database())).isFalse();
            assertThat(SecureFiles.openToOthers(backup.keyring())).isFalse();
            addAccount(session, "Savings");
            assertThat(session.ledger().accounts().list()).hasSize(2);
        }
    }

    @Test
    void restoreBringsBackTheBackedUpStateAfterBackingUpTheCurrentOneAndLocks() {
        Path vault = folder.resolve("vault");
        BackupFile backup;
        BackupFile before;
        try (VaultSession session = vaults.create(vault)) {
            addAccount(session, "Checking");
            backup = session.backups().create(BackupKind.MANUAL);
            addAccount(session, "Added after the backup");

            before = session.restore(backup);

            assertThat(session.isLocked()).isTrue();
            assertThat(before.kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
        }
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.ledger().accounts().list())
                    .extracting(a -> a.name())
                    .containsExactly("Checking");
            session.restore(session.backups().find(before.name()));
        }
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.ledger().accounts().list())
                    .extracting(a -> a.name())
                    .containsExactlyInAnyOrder("Checking", "Added after the backup");
        }
    }

    @Test
    void aBackupOfAnotherVaultIsRefusedAndNothingChanges() throws IOException {
        BackupFile foreign;
        try (VaultSession other = vaults.create(folder.resolve("other"))) {
            foreign = other.backups().create(BackupKind.MANUAL);
        }
        try (VaultSession session = vaults.create(folder.resolve("vault"))) {
            addAccount(session, "Checking");

            assertThatThrownBy(() -> session.restore(foreign))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(foreign.name())
                    .hasMessageContaining("Nothing was changed");

            assertThat(session.isLocked()).isFalse();
            assertThat(session.ledger().accounts().list()).hasSize(1);
            assertThat(session.backups().list())
                    .as("no before-restore backup for a refused one")
                    .isEmpty();
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws IOException {
        try (VaultSession session = vaults.create(folder.resolve("vault"))) {
            BackupFile real = session.backups().create(BackupKind.MANUAL);
            Files.write(real.database(), new byte[] {1, 2, 3});

            assertThatThrownBy(
                            () -> session.restore(BackupFile.of(real.database()).orElseThrow()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("not a readable zip file");
            assertThat(session.isLocked()).isFalse();
        }
    }

    @Test
    void theDailyBackupIsTakenOncePerDay() {
        try (VaultSession session = vaults.create(folder.resolve("vault"))) {
            assertThat(session.backups().dailyIfDue()).isPresent();
            vaults.clock.advance(Duration.ofHours(23));
            assertThat(session.backups().dailyIfDue()).isEmpty();
            vaults.clock.advance(Duration.ofHours(1));
            assertThat(session.backups().dailyIfDue()).isPresent();
            assertThat(session.backups().list()).hasSize(2);
        }
    }

    @Test
    void rotationKeepsSevenDailyAndFourWeeklyBackupsAndFiveOfEachEvent() {
        try (VaultSession session = vaults.create(folder.resolve("vault"))) {
            for (int day = 0; day < 60; day++) {
                session.backups().create(BackupKind.DAILY);
                vaults.clock.advance(Duration.ofHours(12));
                session.backups().create(BackupKind.DAILY);
                vaults.clock.advance(Duration.ofHours(12));
            }
            for (int i = 0; i < 7; i++) {
                session.backups().create(BackupKind.BEFORE_IMPORT);
                vaults.clock.advance(Duration.ofMinutes(1));
            }

            var dailies = session.backups().list().stream()
                    .filter(b -> b.kind() == BackupKind.DAILY)
                    .toList();
            assertThat(dailies).hasSize(11);
            assertThat(dailies.get(0).created())
                    .isEqualTo(vaults.clock.instant().minus(Duration.ofHours(12).plusMinutes(7)));
            assertThat(session.backups().list().stream().filter(b -> b.kind() == BackupKind.BEFORE_IMPORT))
                    .hasSize(5);
            assertThat(folder.resolve("vault/backups"))
                    .isDirectoryContaining(p -> p.toString().endsWith(".keyring.json"));
            long keyrings;
            try (var files = Files.list(folder.resolve("vault/backups"))) {
                keyrings = files.filter(p -> p.toString().endsWith(".keyring.json"))
                        .count();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(keyrings).isEqualTo(16);
        }
    }

    @Test
    void aBackupHoldsTheEncryptedDatabaseFileWithoutCompressingIt() throws IOException {
        try (VaultSession session = vaults.create(folder.resolve("vault"))) {
            addAccount(session, "Checking");

            BackupFile backup = session.backups().create(BackupKind.MANUAL);

            try (ZipFile zip = new ZipFile(backup.database().toFile())) {
                assertThat(Collections.list(zip.entries()))
                        .extracting(ZipEntry::getName)
                        .containsExactly("vault.mv.db");
                ZipEntry database = zip.getEntry("vault.mv.db");
                assertThat(database.getSize()).isPositive().isEqualTo(database.getSize() / 4096 * 4096);
                assertThat(database.getCompressedSize())
                        .as("stored, not deflated")
                        .isGreaterThanOrEqualTo(database.getSize());
                try (InputStream in = zip.getInputStream(database)) {
                    assertThat(new String(in.readNBytes(9), StandardCharsets.US_ASCII))
                            .as("the pages stay encrypted")
                            .isEqualTo("H2encrypt");
                }
            }
        }
    }

    @Test
    void aDeflatedBackupFromAnEarlierVersionStillRestores() throws IOException {
        Path vault = folder.resolve("vault");
        try (VaultSession session = vaults.create(vault)) {
            addAccount(session, "Checking");
            BackupFile stored = session.backups().create(BackupKind.MANUAL);
            addAccount(session, "Added after the backup");
            deflateInPlace(stored.database());

            session.restore(BackupFile.of(stored.database()).orElseThrow());
        }
        try (VaultSession session = vaults.unlock(vault)) {
            assertThat(session.ledger().accounts().list())
                    .extracting(a -> a.name())
                    .containsExactly("Checking");
        }
    }

    /** Rewrites a backup the way H2's {@code BACKUP TO} wrote them before ADR 0042: the same entry, deflated. */
    private static void deflateInPlace(Path backup) throws IOException {
        Path deflated = backup.resolveSibling("deflated.zip");
        try (ZipFile source = new ZipFile(backup.toFile());
                OutputStream file = Files.newOutputStream(deflated);
                ZipOutputStream target = new ZipOutputStream(file)) {
            target.putNextEntry(new ZipEntry("vault.mv.db"));
            try (InputStream in = source.getInputStream(source.getEntry("vault.mv.db"))) {
                in.transferTo(target);
            }
            target.closeEntry();
        }
        try (ZipFile check = new ZipFile(deflated.toFile())) {
            assertThat(check.getEntry("vault.mv.db").getMethod()).isEqualTo(ZipEntry.DEFLATED);
        }
        Files.move(deflated, backup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void addAccount(VaultSession session, String name) {
        session.ledger().accounts().add(AccountDraft.of(name, AccountType.CHECKING, USD, BigDecimal.ZERO));
    }
}
