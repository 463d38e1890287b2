package app.nestegg.vault.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup in a vault's {@code backups/} folder: {@code nestegg-20261128T021700123Z-daily.zip}, H2's consistent copy
 * of the encrypted database file (its pages stay encrypted), and beside it {@code ….keyring.json}, the keyring as it
 * was, so the backup can be opened with the passphrase of that day even if the vault's own keyring is lost.
 */
public record BackupFile(Path database, Path keyring, Instant created, BackupKind kind, long size) {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("nestegg-(\\d{8}T\\d{9}Z)-([a-z-]+)\\.zip");

    /** The name a backup taken now gets; the keyring file takes the same stem. */
    static String databaseName(Instant created, BackupKind kind) {
        return "nestegg-" + STAMP.format(created) + "-" + kind.fileName() + ".zip";
    }

    static Path keyringBeside(Path database) {
        String name = database.getFileName().toString();
        return database.resolveSibling(name.substring(0, name.length() - ".zip".length()) + ".keyring.json");
    }

    /** The backup a file of the backups folder is, or empty for any other file. */
    public static Optional<BackupFile> of(Path database) {
        Matcher matcher = NAME.matcher(database.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        BackupKind kind = BackupKind.fromFileName(matcher.group(2));
        if (kind == null) {
            return Optional.empty();
        }
        try {
            Instant created = Instant.from(STAMP.parse(matcher.group(1)));
            Path keyring = keyringBeside(database);
            long size = Files.size(database) + (Files.exists(keyring) ? Files.size(keyring) : 0);
            return Optional.of(new BackupFile(database, keyring, created, kind, size));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    public String name() {
        return database.getFileName().toString();
    }
}
