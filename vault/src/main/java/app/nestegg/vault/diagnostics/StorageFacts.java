package app.nestegg.vault.diagnostics;

import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.VaultFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The vault's files on disk: the database, the keyring and the backups folder in bytes, the newest backup, and the
 * space left on the vault's file system.
 */
public record StorageFacts(
        long databaseBytes, long keyringBytes, long backupsBytes, long freeBytes, Optional<BackupFile> lastBackup) {

    public static StorageFacts of(VaultFolder folder) {
        try {
            return new StorageFacts(
                    size(folder.databaseFile()),
                    size(folder.keyring()),
                    folderSize(folder.backups()),
                    Files.getFileStore(folder.path()).getUsableSpace(),
                    folder.newestBackup().flatMap(BackupFile::of));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vault folder " + folder, e);
        }
    }

    private static long size(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.size(file) : 0;
    }

    private static long folderSize(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path file : files.toList()) {
                total += size(file);
            }
            return total;
        }
    }
}
