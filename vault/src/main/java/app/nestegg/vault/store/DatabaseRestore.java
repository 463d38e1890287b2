package app.nestegg.vault.store;

import static app.nestegg.vault.store.generated.Tables.VAULT_META;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.UnsafeVaultException;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Subkey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jooq.exception.DataAccessException;

/**
 * Puts a backup's database in place of the vault's. The backup is first unpacked into a private folder inside the
 * vault folder and opened there with this vault's key, through the same checks as an unlock, and every row is read
 * once; only a backup of this vault that opens cleanly and reads whole replaces the database, by an atomic rename, together with the seal written when the copy
 * was closed. The keyring stays: the master key does not change with the passphrase, so the current passphrase opens
 * the restored database.
 */
public final class DatabaseRestore {

    private static final String DATABASE_ENTRY = "vault.mv.db";

    private DatabaseRestore() {}

    /**
     * Checks the backup; only when it passes, runs {@code beforeReplacing} (the caller backs up the current state
     * there), then closes the current database and replaces it. The caller locks the session afterwards.
     */
    public static void restore(
            VaultDatabase current, MasterKey key, BackupFile backup, UUID vaultId, Runnable beforeReplacing) {
        VaultFolder folder = current.folder();
        Path work = folder.path().resolve("restore-" + UUID.randomUUID());
        try {
            SecureFiles.createPrivateFolder(work);
            VaultFolder copy = new VaultFolder(work);
            unpack(backup, copy.databaseFile());
            Files.copy(folder.keyring(), copy.keyring());
            UUID restoredId;
            try (VaultDatabase check = VaultDatabase.open(copy, key)) {
                restoredId = check.read(
                        dsl -> dsl.select(VAULT_META.VAULT_ID).from(VAULT_META).fetchOne(VAULT_META.VAULT_ID));
                check.read(EveryRow::read);
            } catch (VaultDamagedException e) {
                throw refused(backup, "it does not open with this vault's key, or it is damaged");
            } catch (UnsafeVaultException | DataAccessException e) {
                throw refused(
                        backup,
                        "it is damaged (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            if (!vaultId.equals(restoredId)) {
                throw refused(backup, "it is a backup of another vault");
            }
            beforeReplacing.run();
            current.close();
            new DatabaseSeal(folder, key.subkey(Subkey.DATABASE_SEAL)).markOpen();
            Files.move(
                    copy.databaseFile(),
                    folder.databaseFile(),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(copy.seal(), folder.seal(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be restored: " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void unpack(BackupFile backup, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.database().toFile())) {
            ZipEntry entry = zip.getEntry(DATABASE_ENTRY);
            if (entry == null) {
                throw refused(backup, "it holds no vault database");
            }
            // ZipFile, unlike ZipInputStream, does not compare an entry with its CRC-32
            try (CheckedInputStream in = new CheckedInputStream(zip.getInputStream(entry), new CRC32())) {
                Files.copy(in, target);
                if (entry.getCrc() != -1 && in.getChecksum().getValue() != entry.getCrc()) {
                    throw refused(backup, "its content does not match the checksum recorded in it, so it is damaged");
                }
            }
            SecureFiles.restrict(target, SecureFiles.OWNER_ONLY_FILE);
        } catch (java.util.zip.ZipException e) {
            throw refused(backup, "it is not a readable zip file");
        }
    }

    private static BadInputException refused(BackupFile backup, String why) {
        return new BadInputException(
                "The backup " + backup.name() + " cannot be restored: " + why + ". Nothing was changed.");
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover private folder inside the vault folder holds nothing the vault does not
        }
    }
}
