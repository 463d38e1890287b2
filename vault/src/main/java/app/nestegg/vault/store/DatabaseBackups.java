package app.nestegg.vault.store;

import app.nestegg.vault.DiskFullException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Writes backups of an open vault database. {@link OnlineDatabaseCopy} copies the database file consistently while the
 * vault stays open (the pages stay encrypted with the vault's key); the keyring is copied beside it. Both are written
 * under a temporary name and renamed when complete, the keyring first, so a backup that is listed is whole.
 */
public final class DatabaseBackups {

    private static final String PARTIAL = ".part";

    private DatabaseBackups() {}

    public static BackupFile write(VaultDatabase database, BackupKind kind, Instant now) {
        return database.read(dsl -> dsl.connectionResult(c -> write(c, database.folder(), kind, now)));
    }

    static BackupFile write(Connection connection, VaultFolder folder, BackupKind kind, Instant now) {
        Path target = null;
        try {
            if (!Files.isDirectory(folder.backups())) {
                SecureFiles.createPrivateFolder(folder.backups());
            }
            target = freeName(folder, kind, now);
            Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
            OnlineDatabaseCopy.write(connection, partial);
            SecureFiles.restrict(partial, SecureFiles.OWNER_ONLY_FILE);
            Path keyring = BackupFile.keyringBeside(target);
            SecureFiles.writeAtomically(keyring, Files.readAllBytes(folder.keyring()));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return BackupFile.of(target).orElseThrow();
        } catch (IOException e) {
            removeUnfinished(target);
            throw failed(folder, e, "The backup could not be written: " + e.getMessage());
        } catch (SQLException e) {
            removeUnfinished(target);
            throw failed(folder, e, "H2 could not copy the database (error " + e.getErrorCode() + ")");
        }
    }

    private static RuntimeException failed(VaultFolder folder, Exception e, String message) {
        if (DiskSpace.ranOut(e, folder.backups())) {
            return new DiskFullException(folder.backups(), "the backup", e);
        }
        return new UncheckedIOException(new IOException(message, e));
    }

    /** A backup that failed half-way leaves neither its partial copy nor its keyring, which would only take space. */
    private static void removeUnfinished(Path target) {
        if (target == null) {
            return;
        }
        for (Path file : new Path[] {
            target.resolveSibling(target.getFileName() + PARTIAL),
            BackupFile.keyringBeside(target),
            BackupFile.keyringBeside(target)
                    .resolveSibling(BackupFile.keyringBeside(target).getFileName() + ".tmp")
        }) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // owner-only leftovers that no listing shows; the next rotation does not see them either
            }
        }
    }

    private static Path freeName(VaultFolder folder, BackupKind kind, Instant now) {
        Instant moment = now;
        Path target = folder.backups().resolve(BackupFile.databaseName(moment, kind));
        while (Files.exists(target)) {
            moment = moment.plusMillis(1);
            target = folder.backups().resolve(BackupFile.databaseName(moment, kind));
        }
        return target;
    }
}
