package app.nestegg.desktop.ledger.dashboard;

import static app.nestegg.desktop.ledger.LedgerTestKit.EUR;
import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.dashboard.DashboardRange;
import app.nestegg.vault.ledger.goals.GoalDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test vaults' clock stands on 1 March 2026, so "this month" is March and the last 30 days reach into February. */
class DashboardViewModelTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    @TempDir
    Path root;

    LedgerTestKit kit;
    Account account;
    Choice groceries;
    Choice salary;
    DashboardViewModel dashboard;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        account = kit.account("Everyday", AccountType.CHECKING, USD, "1000");
        groceries = kit.category("Food", "Groceries");
        salary = kit.category("Income", "Salary");
        spend("2026-03-01", "-40.00", groceries, "Market");
        spend("2026-03-01", "2000.00", salary, "Employer");
        spend("2026-02-10", "-90.00", groceries, "Old market");
        dashboard = new DashboardViewModel(
                kit.session, new SameThreadTaskExecutor(), TestVaults.messages(), FORMAT, kit.vaults.clock());
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void showsNetWorthItsChangeAndThisMonthsFigures() {
        dashboard.refresh();

        assertThat(dashboard.netWorthProperty().get()).isEqualTo("$2,870.00");
        assertThat(dashboard.netWorthChangeProperty().get()).isEqualTo("+$1,870.00 over the last year");
        assertThat(dashboard.monthTitleProperty().get()).isEqualTo("March 2026 so far");
        assertThat(dashboard.incomeProperty().get()).isEqualTo("$2,000.00");
        assertThat(dashboard.spendingProperty().get()).isEqualTo("$40.00");
        assertThat(dashboard.cashFlowProperty().get()).isEqualTo("$1,960.00");
        assertThat(dashboard.series().getLast().day()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(dashboard.series().getFirst().day()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aShorterRangeRedrawsTheChartAndWordsTheChangeForIt() {
        dashboard.refresh();

        dashboard.showRange(DashboardRange.ONE_MONTH);

        assertThat(dashboard.series()).hasSize(29);
        assertThat(dashboard.netWorthChangeProperty().get()).isEqualTo("+$1,870.00 over the last month");
        assertThat(dashboard.rangeProperty().get()).isEqualTo(DashboardRange.ONE_MONTH);
    }

    @Test
    void aBudgetShowsWhatIsSpentAndLeftAndOverspendingShowsAsSuch() {
        kit.ledger.budgets().set(groceries.id(), MARCH, usd("300.00"));
        dashboard.refresh();

        BudgetStatusLine food = dashboard.budget().getFirst();
        assertThat(food.name()).isEqualTo("Food");
        assertThat(food.spentOfBudget()).isEqualTo("$40.00 spent of $300.00");
        assertThat(food.remaining()).isEqualTo("$260.00 left");
        assertThat(food.fraction()).isEqualByComparingTo("0.1333");
        assertThat(food.overspent()).isFalse();

        kit.ledger.budgets().set(groceries.id(), MARCH, usd("25.00"));
        dashboard.refresh();

        BudgetStatusLine over = dashboard.budget().getFirst();
        assertThat(over.remaining()).isEqualTo("$15.00 over");
        assertThat(over.fraction()).isEqualByComparingTo("1");
        assertThat(over.overspent()).isTrue();
    }

    @Test
    void goalsAndLargeTransactionsAreListed() {
        var goal = kit.ledger.goals().add(GoalDraft.contributions("Bike", new BigDecimal("400"), USD, null));
        kit.ledger.goals().contribute(goal.id(), LocalDate.of(2026, 3, 1), new BigDecimal("100"), "");

        dashboard.refresh();

        assertThat(dashboard.goals()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Bike");
            assertThat(line.savedOfTarget()).isEqualTo("$100.00 of $400.00 (25 %)");
            assertThat(line.fraction()).isEqualByComparingTo("0.25");
        });
        assertThat(dashboard.large())
                .extracting(LargeTransactionLine::payee)
                .containsExactly("Employer", "Old market", "Market");
        LargeTransactionLine pay = dashboard.large().getFirst();
        assertThat(pay.amount()).isEqualTo("$2,000.00");
        assertThat(pay.inflow()).isTrue();
        assertThat(pay.category()).isEqualTo("Salary");
        assertThat(pay.account()).isEqualTo("Everyday");
    }

    @Test
    void aMissingExchangeRateIsNamedAndNothingElseIsShown() {
        kit.account("Euros", AccountType.SAVINGS, EUR, "100");

        dashboard.refresh();

        assertThat(dashboard.errorProperty().get()).contains("EUR").contains("USD");
        assertThat(dashboard.netWorthProperty().get()).isEmpty();
    }

    private void spend(String date, String amount, Choice category, String payee) {
        kit.ledger
                .transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.parse(date), new BigDecimal(amount), payee)
                        .withCategory(category.id()));
    }

    private static Money usd(String amount) {
        return Money.parse(amount, USD, "amount");
    }
}
