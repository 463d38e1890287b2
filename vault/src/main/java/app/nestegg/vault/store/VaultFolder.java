package app.nestegg.vault.store;

import app.nestegg.vault.UnsafeVaultException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where one vault lives: a folder holding the encrypted H2 database, {@code keyring.json}, the lockout state, the
 * database seal and {@code backups/}. The path is checked so it cannot add options to the JDBC URL.
 */
public record VaultFolder(Path path) {

    private static final String DATABASE_NAME = "vault";

    public VaultFolder {
        path = path.toAbsolutePath().normalize();
        String text = path.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw new UnsafeVaultException("The vault path " + text.replaceAll("\\p{Cntrl}", "?")
                        + " contains ';' or a control character, which could change how the database is opened."
                        + " Choose a folder without them.");
            }
        }
    }

    /** The H2 database name without H2's {@code .mv.db} suffix, as it goes into the JDBC URL. */
    public Path databaseBase() {
        return path.resolve(DATABASE_NAME);
    }

    public Path databaseFile() {
        return path.resolve(DATABASE_NAME + ".mv.db");
    }

    public Path keyring() {
        return path.resolve("keyring.json");
    }

    public Path lockout() {
        return path.resolve("lockout.json");
    }

    public Path seal() {
        return path.resolve("vault.seal");
    }

    public Path backups() {
        return path.resolve("backups");
    }

    /** A vault exists once its keyring does; the keyring is written last when a vault is created. */
    public boolean exists() {
        return Files.isRegularFile(keyring());
    }

    /** The most recently written backup in {@code backups/}, to point at when the database is damaged. */
    public Optional<Path> newestBackup() {
        if (!Files.isDirectory(backups())) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(backups())) {
            return files.filter(file -> BackupFile.of(file).isPresent())
                    .max(Comparator.comparing(VaultFolder::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
