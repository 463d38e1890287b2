package app.nestegg.vault.jobs;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.exchange.backup.Backups;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.AuditLog;
import app.nestegg.vault.store.SettingValues;
import app.nestegg.vault.store.VaultDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What the vault keeps only for a while, for the daily cleanup job: audit events older than the retention setting,
 * job-run records older than {@link #JOB_RUN_RETENTION} (each job's newest kept), and backups the rotation no longer
 * keeps. Link tokens and Teller's loopback listener live only in memory and end themselves; nothing of theirs is
 * stored to expire.
 */
public final class Housekeeping {

    public static final int DEFAULT_AUDIT_RETENTION_DAYS = 365;
    public static final int MIN_AUDIT_RETENTION_DAYS = 30;
    public static final int MAX_AUDIT_RETENTION_DAYS = 3650;
    public static final Duration JOB_RUN_RETENTION = Duration.ofDays(90);

    static final String AUDIT_RETENTION_SETTING = "audit_retention_days";

    private final VaultDatabase database;
    private final JobRuns jobRuns;
    private final Clock clock;

    public Housekeeping(VaultDatabase database, JobRuns jobRuns, Clock clock) {
        this.database = database;
        this.jobRuns = jobRuns;
        this.clock = clock;
    }

    /** How many days audit events are kept. */
    public int auditRetentionDays() {
        String stored = database.read(
                dsl -> SettingValues.get(dsl, AUDIT_RETENTION_SETTING).get(AUDIT_RETENTION_SETTING));
        try {
            return stored == null ? DEFAULT_AUDIT_RETENTION_DAYS : checked(Integer.parseInt(stored));
        } catch (NumberFormatException | BadInputException e) {
            return DEFAULT_AUDIT_RETENTION_DAYS;
        }
    }

    /** @throws BadInputException when {@code days} is outside 30 to 3650 */
    public void setAuditRetentionDays(int days) {
        String value = Integer.toString(checked(days));
        database.write(dsl -> {
            SettingValues.put(dsl, AUDIT_RETENTION_SETTING, value);
            AuditLog.append(dsl, clock.instant(), AuditKind.AUDIT_RETENTION_CHANGED, value + " days");
            return null;
        });
    }

    /** Deletes audit events older than the retention; returns how many. */
    public int pruneAudit() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(auditRetentionDays()));
        return database.write(dsl -> AuditLog.deleteBefore(dsl, cutoff));
    }

    /** Deletes job-run records older than {@link #JOB_RUN_RETENTION}, keeping each job's newest; returns how many. */
    public int pruneJobRuns() {
        return jobRuns.deleteStartedBefore(clock.instant().minus(JOB_RUN_RETENTION));
    }

    /** Deletes the backups the rotation no longer keeps (as taking a backup does); returns how many. */
    public int rotateBackups() {
        return new Backups(database, clock).rotate();
    }

    private static int checked(int days) {
        if (days < MIN_AUDIT_RETENTION_DAYS || days > MAX_AUDIT_RETENTION_DAYS) {
            throw new BadInputException("The audit retention must be " + MIN_AUDIT_RETENTION_DAYS + " to "
                    + MAX_AUDIT_RETENTION_DAYS + " days, not " + days);
        }
        return days;
    }
}
