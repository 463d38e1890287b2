package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.notifications.Notification;
import app.nestegg.vault.notifications.NotificationKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget alerts: once per category, threshold and month, however often the job runs and across a restart. */
class BudgetAlertJobTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path folder;

    LedgerFixture fx;
    Account checking;
    Category groceries;
    Scheduler scheduler;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder); // the clock says 2026-11-27T10:00:00Z, in UTC
        checking = fx.account("Checking", LedgerFixture.USD, "5000.00");
        groceries = fx.ledger.categories().find("Groceries");
        fx.ledger.budgets().set(groceries.id(), NOVEMBER, Money.parse("500.00", LedgerFixture.USD, "budget"));
        scheduler = schedulerOver(fx.session);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fx.close();
    }

    private Scheduler schedulerOver(VaultSession session) {
        return new Scheduler(
                session.ledger().jobRuns(),
                List.of(new BudgetAlertJob(
                        session.ledger().budgets(), session.ledger().notifications())),
                fx.vaults.clock);
    }

    private void spend(Category category, String date, String amount) {
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.parse(date), new BigDecimal(amount), "Market")
                        .withCategory(category.id()));
    }

    private void runAgainLater() {
        fx.vaults.clock.advance(Duration.ofMinutes(30));
        assertThat(scheduler.runDue()).hasSize(1);
    }

    private List<Notification> alerts() {
        return fx.ledger.notifications().newestFirst(100);
    }

    @Test
    void eightyAndThenOneHundredPercentAlertOnceEachHoweverOftenTheJobRuns() {
        spend(groceries, "2026-11-03", "-399.99");
        scheduler.runDue();
        assertThat(alerts()).isEmpty();

        spend(groceries, "2026-11-04", "-0.01");
        runAgainLater();
        runAgainLater();

        assertThat(alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(NotificationKind.BUDGET_THRESHOLD);
            assertThat(alert.params()).containsExactly("Groceries", "80", "400.00 USD", "500.00 USD", "2026-11");
        });

        spend(groceries, "2026-11-05", "-100.00");
        runAgainLater();
        runAgainLater();

        assertThat(alerts()).extracting(alert -> alert.params().get(1)).containsExactly("100", "80");
    }

    @Test
    void aRestartDoesNotAlertAgain() {
        spend(groceries, "2026-11-03", "-450.00");
        scheduler.runDue();
        scheduler.close();
        fx.session.lock();

        VaultSession again = fx.vaults.unlock(folder.resolve("vault"));
        try {
            Scheduler restarted = schedulerOver(again);
            fx.vaults.clock.advance(Duration.ofMinutes(30));
            assertThat(restarted.runDue()).hasSize(1);
            restarted.close();
            assertThat(again.ledger().notifications().newestFirst(10)).hasSize(1);
        } finally {
            again.lock();
        }
        fx = new LedgerFixture(folder.resolve("next"));
        scheduler = schedulerOver(fx.session);
    }

    @Test
    void jumpingPastTheBudgetAlertsOnlyOneHundredAndEightyNeverFollowsInThatMonth() {
        spend(groceries, "2026-11-03", "-600.00");
        scheduler.runDue();
        assertThat(alerts()).extracting(alert -> alert.params().get(1)).containsExactly("100");

        spend(groceries, "2026-11-04", "150.00"); // a refund brings it back to 90 %
        runAgainLater();

        assertThat(alerts()).extracting(alert -> alert.params().get(1)).containsExactly("100");
    }

    @Test
    void categoriesWithoutABudgetAndIncomeNeverAlert() {
        spend(fx.ledger.categories().find("Restaurants"), "2026-11-03", "-900.00");
        Category salary = fx.ledger.categories().find("Salary");
        fx.ledger.budgets().set(salary.id(), NOVEMBER, Money.parse("1000.00", LedgerFixture.USD, "budget"));
        spend(salary, "2026-11-01", "3000.00");

        scheduler.runDue();

        assertThat(alerts()).isEmpty();
    }

    @Test
    void eachMonthAlertsAgainAndTheMonthIsTheClocksInItsZone() {
        spend(groceries, "2026-11-03", "-450.00");
        fx.ledger.budgets().set(groceries.id(), NOVEMBER.plusMonths(1), Money.parse("100.00", LedgerFixture.USD, "b"));
        spend(groceries, "2026-12-01", "-85.00");
        BudgetAlertJob job = new BudgetAlertJob(fx.ledger.budgets(), fx.ledger.notifications());
        Instant lateNovemberInUtc = Instant.parse("2026-11-30T20:00:00Z");

        job.run(contextAt(Clock.fixed(lateNovemberInUtc, ZoneId.of("UTC"))));
        assertThat(alerts()).extracting(alert -> alert.params().get(4)).containsExactly("2026-11");

        job.run(contextAt(Clock.fixed(lateNovemberInUtc, ZoneId.of("Pacific/Auckland")))); // already 1 December there
        assertThat(alerts()).extracting(alert -> alert.params().get(4)).containsExactlyInAnyOrder("2026-11", "2026-12");
    }

    private static JobContext contextAt(Clock clock) {
        return new JobContext(clock.instant(), 1, clock, Instant.MAX, new AtomicBoolean());
    }
}
