package app.nestegg.vault.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Writes backups of an open vault database. H2's {@code BACKUP TO} copies the database file consistently while the
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
        try {
            if (!Files.isDirectory(folder.backups())) {
                SecureFiles.createPrivateFolder(folder.backups());
            }
            Path target = freeName(folder, kind, now);
            Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            SecureFiles.restrict(partial, SecureFiles.OWNER_ONLY_FILE);
            Path keyring = BackupFile.keyringBeside(target);
            SecureFiles.writeAtomically(keyring, Files.readAllBytes(folder.keyring()));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return BackupFile.of(target).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new UncheckedIOException(
                    new IOException("H2 could not copy the database (error " + e.getErrorCode() + ")", e));
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
