package app.nestegg.sync.jobs;

import static app.nestegg.vault.store.generated.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.jobs.Housekeeping;
import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.jobs.JobRuns;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.notifications.Notification;
import app.nestegg.vault.notifications.NotificationKind;
import app.nestegg.vault.notifications.Notifications;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.AuditLog;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import app.nestegg.vault.store.DatabaseBackups;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily cleanup on a real vault whose clock the test moves. */
class CleanupJobTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Housekeeping housekeeping;
    Scheduler scheduler;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        housekeeping = fx.ledger.housekeeping();
        scheduler = new Scheduler(
                fx.ledger.jobRuns(), List.of(new CleanupJob(housekeeping, fx.ledger.notifications())), fx.vaults.clock);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fx.close();
    }

    private void auditAt(Instant at, String detail) {
        fx.session.database().write(dsl -> {
            AuditLog.append(dsl, at, AuditKind.UNLOCKED, detail);
            return null;
        });
    }

    private List<String> auditDetails() {
        return fx.session
                .database()
                .read(dsl -> dsl.select(AUDIT_EVENT.DETAIL)
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.DETAIL.startsWith("test "))
                        .orderBy(AUDIT_EVENT.OCCURRED_AT)
                        .fetch(AUDIT_EVENT.DETAIL));
    }

    @Test
    void auditEventsPastTheRetentionGoAndAShorterRetentionTakesMore() {
        Instant now = fx.vaults.clock.instant();
        auditAt(now.minus(Duration.ofDays(400)), "test 400 days");
        auditAt(now.minus(Duration.ofDays(100)), "test 100 days");
        auditAt(now.minus(Duration.ofDays(1)), "test yesterday");

        assertThat(scheduler.runDue()).extracting(JobRun::outcome).containsExactly(JobOutcome.SUCCEEDED);
        assertThat(auditDetails()).containsExactly("test 100 days", "test yesterday");

        housekeeping.setAuditRetentionDays(30);
        assertThat(scheduler.runNow(CleanupJob.NAME).outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(auditDetails()).containsExactly("test yesterday");
        assertThat(housekeeping.auditRetentionDays()).isEqualTo(30);
    }

    @Test
    void aRetentionOutsideItsRangeIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> housekeeping.setAuditRetentionDays(7))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("30 to 3650 days, not 7");
        assertThat(housekeeping.auditRetentionDays()).isEqualTo(Housekeeping.DEFAULT_AUDIT_RETENTION_DAYS);
    }

    @Test
    void jobRunsOlderThanNinetyDaysGoExceptEachJobsNewest() {
        JobRuns runs = fx.ledger.jobRuns();
        Instant start = fx.vaults.clock.instant();
        JobRun oldSync = runs.finish(runs.start("bank-sync", start, 1).id(), JobOutcome.SUCCEEDED, null, null);
        JobRun onlySnapshot =
                runs.finish(runs.start("net-worth-snapshot", start, 1).id(), JobOutcome.SUCCEEDED, null, null);
        fx.vaults.clock.advance(Duration.ofDays(100));
        JobRun newSync = runs.finish(
                runs.start("bank-sync", fx.vaults.clock.instant(), 1).id(), JobOutcome.SUCCEEDED, null, null);

        scheduler.runNow(CleanupJob.NAME);

        assertThat(runs.history("bank-sync", 10)).containsExactly(newSync);
        assertThat(runs.history("net-worth-snapshot", 10)).containsExactly(onlySnapshot);
        assertThat(oldSync.id()).isNotEqualTo(newSync.id());
    }

    @Test
    void notificationsOlderThanHalfAYearGo() {
        Notifications notifications = fx.ledger.notifications();
        notifications.add(NotificationKind.BILL_DUE, "bill:old", List.of("Rent", "2026-01-01", "900.00 USD"));
        fx.vaults.clock.advance(Duration.ofDays(CleanupJob.NOTIFICATION_RETENTION_DAYS - 10));
        notifications.add(NotificationKind.BILL_DUE, "bill:new", List.of("Rent", "2026-06-01", "900.00 USD"));
        fx.vaults.clock.advance(Duration.ofDays(11));

        scheduler.runNow(CleanupJob.NAME);

        assertThat(notifications.newestFirst(10))
                .extracting(Notification::dedupeKey)
                .containsExactly("bill:new");
    }

    @Test
    void backupsBeyondTheRotationGoTheNewestStay() {
        Instant start = fx.vaults.clock.instant();
        for (int i = 0; i < 7; i++) {
            DatabaseBackups.write(fx.session.database(), BackupKind.MANUAL, start.plus(Duration.ofHours(i)));
        }

        scheduler.runNow(CleanupJob.NAME);

        assertThat(fx.session.backups().list())
                .extracting(BackupFile::created)
                .containsExactly(
                        start.plus(Duration.ofHours(6)),
                        start.plus(Duration.ofHours(5)),
                        start.plus(Duration.ofHours(4)),
                        start.plus(Duration.ofHours(3)),
                        start.plus(Duration.ofHours(2)));
    }
}
