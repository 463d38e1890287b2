package app.nestegg.sync.engine;

import static app.nestegg.sync.engine.SyncFixture.CHECKING;
import static app.nestegg.sync.engine.SyncFixture.posted;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.jobs.BankSyncJob;
import app.nestegg.sync.jobs.Scheduler;
import app.nestegg.sync.jobs.SyncProblemAlerts;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.notifications.Notification;
import app.nestegg.vault.notifications.NotificationKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank-sync job: every six hours, each connection on its own retry time, problems told once. */
class ScheduledBankSyncTest {

    @TempDir
    Path folder;

    SyncFixture sync;
    Scheduler scheduler;

    @BeforeEach
    void open() {
        sync = new SyncFixture(folder, 10);
        sync.provider.added(posted("t1", CHECKING, "2026-11-01", "-1.00", "One"));
        SyncProblemAlerts problems =
                new SyncProblemAlerts(sync.fx.ledger.bankConnections(), sync.fx.ledger.notifications());
        scheduler = new Scheduler(
                sync.fx.ledger.jobRuns(), List.of(new BankSyncJob(sync.engine, problems)), sync.fx.vaults.clock);
    }

    @AfterEach
    void close() {
        scheduler.close();
        sync.close();
    }

    @Test
    void theJobSyncsDueConnectionsEverySixHours() {
        assertThat(scheduler.runDue())
                .singleElement()
                .satisfies(run -> assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED));
        assertThat(sync.rowCount()).isEqualTo(1);

        sync.provider.added(posted("t2", CHECKING, "2026-11-02", "-2.00", "Two"));
        sync.fx.vaults.clock.advance(Duration.ofHours(5));
        assertThat(scheduler.runDue()).isEmpty();
        assertThat(sync.rowCount()).isEqualTo(1);

        sync.fx.vaults.clock.advance(Duration.ofHours(1));
        assertThat(scheduler.runDue()).hasSize(1);
        assertThat(sync.rowCount()).isEqualTo(2);
    }

    @Test
    void aConnectionsFailureStaysOnTheConnectionAndTheJobSucceeds() {
        sync.provider.failEverything(ProviderFailure.OUTAGE);

        assertThat(scheduler.runDue())
                .singleElement()
                .satisfies(run -> assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED));

        assertThat(sync.fx.ledger.bankConnections().get(sync.connection.id()).status())
                .isEqualTo(ConnectionStatus.RETRY_LATER);
    }

    private List<Notification> problems() {
        return sync.fx.ledger.notifications().newestFirst(100);
    }

    private void runSixHoursLater() {
        sync.fx.vaults.clock.advance(Duration.ofHours(6));
        assertThat(scheduler.runDue()).hasSize(1);
    }

    @Test
    void aConnectionThatNeedsLinkingAgainIsToldOnceAndAgainAfterItRecoveredAndFailedAgain() {
        sync.provider.failEverything(ProviderFailure.LOGIN_REQUIRED);
        scheduler.runDue();
        runSixHoursLater();

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(NotificationKind.SYNC_PROBLEM);
            assertThat(problem.params()).startsWith("First Platypus Bank", "NEEDS_RELINK");
        });

        sync.fx.ledger.bankConnections().relinked(sync.connection.id(), SyncFixture.TOKEN);
        sync.provider.failEverything(null);
        runSixHoursLater();
        assertThat(problems()).hasSize(1);

        sync.provider.failEverything(ProviderFailure.LOGIN_REQUIRED);
        runSixHoursLater();
        assertThat(problems()).hasSize(2);
    }

    @Test
    void passingFailuresAreToldFromTheThirdInARowOnly() {
        sync.provider.failEverything(ProviderFailure.OUTAGE);
        scheduler.runDue();
        runSixHoursLater();
        assertThat(problems()).isEmpty();

        runSixHoursLater();
        runSixHoursLater();

        assertThat(problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.params()).startsWith("First Platypus Bank", "RETRY_LATER"));
    }
}
