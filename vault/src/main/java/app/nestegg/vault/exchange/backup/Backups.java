package app.nestegg.vault.exchange.backup;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import app.nestegg.vault.store.DatabaseBackups;
import app.nestegg.vault.store.VaultDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of an open vault: taken while it stays open, listed newest first, rotated after each new one (see
 * {@link BackupRotation}). Restoring one is {@code VaultSession.restore}, which needs the session's key.
 */
public final class Backups {

    /** A daily backup is due when the newest one is at least this old. */
    public static final Duration DAILY = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final VaultDatabase database;
    private final Clock clock;

    public Backups(VaultDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every backup in the vault's backups folder, newest first. */
    public List<BackupFile> list() {
        Path folder = database.folder().backups();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(BackupFile::of)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::created).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The backups folder cannot be read: " + e.getMessage(), e);
        }
    }

    /** Takes a backup now, then deletes those the rotation no longer keeps. */
    public BackupFile create(BackupKind kind) {
        BackupFile backup = DatabaseBackups.write(database, kind, clock.instant());
        rotate();
        return backup;
    }

    /** Takes the daily backup when none is younger than a day; never fails the caller, which may be an unlock. */
    public Optional<BackupFile> dailyIfDue() {
        try {
            return takeDailyIfDue();
        } catch (RuntimeException e) {
            LOG.warn("The daily backup could not be taken: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Takes the daily backup when none is younger than a day; a failure (a full disk) reaches the caller, the scheduled
     * daily-backup job, which tries again later.
     */
    public Optional<BackupFile> takeDailyIfDue() {
        boolean due = list().stream()
                .filter(b -> b.kind() == BackupKind.DAILY)
                .findFirst()
                .map(newest -> !newest.created().plus(DAILY).isAfter(clock.instant()))
                .orElse(true);
        return due ? Optional.of(create(BackupKind.DAILY)) : Optional.empty();
    }

    /** The backup with this file name (as {@link #list} shows it) or path. */
    public BackupFile find(String nameOrPath) {
        String name = Path.of(nameOrPath).getFileName().toString();
        return list().stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new BadInputException("No backup named " + name + " in "
                        + database.folder().backups() + "; list them with: nest-egg backup list"));
    }

    /** Deletes the backups the rotation no longer keeps; returns how many went. */
    public int rotate() {
        int deleted = 0;
        for (BackupFile old : BackupRotation.surplus(list())) {
            try {
                Files.deleteIfExists(old.keyring());
                Files.deleteIfExists(old.database());
                deleted++;
            } catch (IOException e) {
                LOG.warn("An old backup could not be deleted: {}", e.getMessage());
            }
        }
        return deleted;
    }
}
