package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.forecast.CashFlowForecaster;
import app.nestegg.sync.forecast.PlannedItems;
import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.notifications.Notification;
import app.nestegg.vault.notifications.NotificationKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The morning forecast tells of a projected overdraft once, however often it runs while the warning stays. */
class ForecastWarningJobTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Scheduler scheduler;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder); // the clock says 2026-11-27T10:00:00Z
        scheduler = new Scheduler(
                fx.ledger.jobRuns(),
                List.of(new ForecastWarningJob(
                        new CashFlowForecaster(fx.ledger, PlannedItems.of(fx.ledger)), fx.ledger.notifications())),
                fx.vaults.clock);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fx.close();
    }

    private List<Notification> told() {
        return fx.ledger.notifications().newestFirst(100);
    }

    @Test
    void aProjectedOverdraftIsToldOnceWithItsDayAndLowestBalance() {
        Account checking = fx.account("Checking", LedgerFixture.USD, "1000.00");
        // 900.00 in the last 90 days: 10.00 a day from a balance of 100.00, below zero on the 11th day
        fx.add(checking, "2026-11-20", "-900.00", "Shop");

        assertThat(scheduler.runNow(ForecastWarningJob.NAME).outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        fx.vaults.clock.advance(Duration.ofDays(1));
        scheduler.runDue();
        scheduler.runNow(ForecastWarningJob.NAME);

        assertThat(told()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.OVERDRAFT_FORECAST);
            assertThat(n.params()).containsExactly("Checking", "2026-12-08", "-800.00 USD");
        });
    }

    @Test
    void anAccountThatStaysAboveZeroIsNotTold() {
        Account checking = fx.account("Checking", LedgerFixture.USD, "5000.00");
        fx.add(checking, "2026-11-20", "-900.00", "Shop");

        scheduler.runNow(ForecastWarningJob.NAME);

        assertThat(told()).isEmpty();
    }
}
