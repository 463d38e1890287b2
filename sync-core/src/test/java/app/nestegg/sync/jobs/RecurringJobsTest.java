package app.nestegg.sync.jobs;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.recurring.Confirmation;
import app.nestegg.vault.ledger.recurring.EntryMode;
import app.nestegg.vault.ledger.recurring.Recurring;
import app.nestegg.vault.ledger.recurring.RecurringSeries;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detection and scheduled-transactions jobs through the scheduler, with its catch-up and repeated runs. */
class RecurringJobsTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Recurring recurring;
    Scheduler scheduler;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder); // the clock says 2026-11-27T10:00:00Z
        Account checking = fx.account("Checking", LedgerFixture.USD, "500.00");
        for (String day : List.of("2026-08-12", "2026-09-12", "2026-10-12", "2026-11-12")) {
            fx.add(checking, day, "-42.00", "Fibre broadband");
        }
        recurring = fx.ledger.recurring();
        scheduler = new Scheduler(
                fx.ledger.jobRuns(),
                List.of(new RecurringDetectionJob(recurring), new ScheduledTransactionsJob(recurring)),
                fx.vaults.clock);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fx.close();
    }

    private List<LocalDate> broadbandDays() {
        return fx.session
                .database()
                .read(dsl -> dsl.select(LEDGER_TRANSACTION.POSTED_ON)
                        .from(LEDGER_TRANSACTION)
                        .where(LEDGER_TRANSACTION.PAYEE.eq("Fibre broadband"))
                        .orderBy(LEDGER_TRANSACTION.POSTED_ON)
                        .fetch(LEDGER_TRANSACTION.POSTED_ON));
    }

    @Test
    void detectionStoresTheSeriesOnceAndDueAutoItemsAreEnteredOnceAfterDaysAway() {
        scheduler.runDue();
        assertThat(recurring.series(false)).hasSize(1);
        RecurringSeries series = recurring.series(false).getFirst();
        recurring.confirm(series.id(), new Confirmation(null, null, null, null, EntryMode.AUTO));

        fx.vaults.clock.advance(Duration.ofDays(80));
        scheduler.runDue();
        scheduler.runDue();
        fx.vaults.clock.advance(Duration.ofHours(2));
        scheduler.runDue();

        assertThat(recurring.series(true))
                .as("detection ran again and added nothing")
                .hasSize(1);
        assertThat(broadbandDays())
                .containsExactly(
                        LocalDate.parse("2026-08-12"),
                        LocalDate.parse("2026-09-12"),
                        LocalDate.parse("2026-10-12"),
                        LocalDate.parse("2026-11-12"),
                        LocalDate.parse("2026-12-12"),
                        LocalDate.parse("2027-01-12"),
                        LocalDate.parse("2027-02-12"));
    }
}
