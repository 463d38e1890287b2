package app.nestegg.sync.jobs;

import app.nestegg.vault.exchange.backup.Backups;
import app.nestegg.vault.store.BackupFile;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the daily backup when the newest one is a day old or more, as opening the vault does, so an app left unlocked
 * for days still gets one a day; the rotation then deletes what it no longer keeps. It looks every hour, because a
 * backup taken at an unlock between two looks would otherwise push the next one to almost two days later. A failure
 * (a full disk) fails the run, which the scheduler tries again.
 */
public final class DailyBackupJob implements Job {

    public static final String NAME = "daily-backup";

    private static final Logger LOG = LoggerFactory.getLogger(DailyBackupJob.class);
    private static final Schedule HOURLY = new Schedule.Every(Duration.ofHours(1));

    private final Backups backups;

    public DailyBackupJob(Backups backups) {
        this.backups = backups;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return HOURLY;
    }

    @Override
    public void run(JobContext context) {
        Optional<BackupFile> taken = backups.takeDailyIfDue();
        taken.ifPresent(backup -> LOG.info("Daily backup taken: {}", backup.name()));
    }
}
