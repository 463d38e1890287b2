package app.nestegg.vault.exchange.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Currency;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0042: a backup holds the encrypted database file as it is, and the deflated backups of earlier versions restore. */
class UncompressedBackupTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path folder;

    private final TestVaults vaults = new TestVaults();

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
