package app.nestegg.sync.jobs;

import app.nestegg.vault.jobs.Housekeeping;
import app.nestegg.vault.notifications.Notifications;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a day (one run however many days the app was closed), deletes what the vault keeps only for a while ({@link Housekeeping}): audit events past the retention
 * setting, job-run records older than 90 days (each job's newest kept), notifications older than
 * {@value #NOTIFICATION_RETENTION_DAYS} days (longer than any notification's key matters) and backups the rotation no
 * longer keeps. Each
 * step deletes only what is already past its limit, so running it again changes nothing.
 */
public final class CleanupJob implements Job {

    public static final String NAME = "cleanup";

    public static final int NOTIFICATION_RETENTION_DAYS = 180;

    private static final Logger LOG = LoggerFactory.getLogger(CleanupJob.class);
    private static final Schedule DAILY = new Schedule.Every(Duration.ofDays(1));

    private final Housekeeping housekeeping;
    private final Notifications notifications;

    public CleanupJob(Housekeeping housekeeping, Notifications notifications) {
        this.housekeeping = housekeeping;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return DAILY;
    }

    @Override
    public void run(JobContext context) {
        int audit = housekeeping.pruneAudit();
        context.checkStop();
        int runs = housekeeping.pruneJobRuns();
        context.checkStop();
        int told = notifications.deleteOlderThan(NOTIFICATION_RETENTION_DAYS);
        context.checkStop();
        int backups = housekeeping.rotateBackups();
        LOG.info(
                "Cleanup deleted {} audit events, {} job-run records, {} notifications and {} old backups",
                audit,
                runs,
                told,
                backups);
    }
}
