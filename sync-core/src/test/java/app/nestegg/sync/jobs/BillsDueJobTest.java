package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.recurring.Confirmation;
import app.nestegg.vault.notifications.Notification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A confirmed bill is told once per due day, from three days before it. */
class BillsDueJobTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Scheduler scheduler;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder); // the clock says 2026-11-27T10:00:00Z
        scheduler = new Scheduler(
                fx.ledger.jobRuns(),
                List.of(new BillsDueJob(fx.ledger.recurring().scheduled(), fx.ledger.notifications())),
                fx.vaults.clock);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fx.close();
    }

    private List<List<String>> told() {
        return fx.ledger.notifications().newestFirst(100).stream()
                .map(Notification::params)
                .toList();
    }

    @Test
    void aConfirmedBillIsToldOnceForEachDueDayFromThreeDaysBefore() {
        Account checking = fx.account("Checking", LedgerFixture.USD, "1000.00");
        for (String day : List.of("2026-08-29", "2026-09-29", "2026-10-29")) {
            fx.add(checking, day, "-12.50", "Phone company");
        }
        fx.ledger.recurring().detect();
        var series = fx.ledger.recurring().series(false).getFirst();
        fx.ledger.recurring().confirm(series.id(), Confirmation.asDetected());

        scheduler.runNow(BillsDueJob.NAME);
        scheduler.runNow(BillsDueJob.NAME);
        fx.vaults.clock.advance(Duration.ofDays(1));
        scheduler.runNow(BillsDueJob.NAME);

        assertThat(told()).containsExactly(List.of("Phone company", "2026-11-29", "12.50 USD"));
    }
}
