package app.nestegg.vault.ledger.dashboard;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.budget.BudgetGroup;
import app.nestegg.vault.ledger.goals.GoalDraft;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardTest {

    /** The test vaults' clock stands on this day. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    LedgerFixture fx;
    Dashboard dashboard;
    Account checking;
    Account savings;
    Category groceries;
    Category salary;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        dashboard = fx.ledger.dashboard();
        checking = fx.account("Checking", USD, "1000.00");
        savings = fx.account("Savings", USD, "5000.00");
        groceries = fx.ledger.categories().find("Groceries");
        salary = fx.ledger.categories().find("Salary");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void netWorthNowIsTheLastPointOfItsChartAndCountsEveryAccount() {
        spend("2026-11-10", "-200.00", groceries);

        DashboardFigures figures = dashboard.figures(DashboardRange.ONE_MONTH);

        assertThat(figures.today()).isEqualTo(TODAY);
        assertThat(figures.netWorth().netWorth()).isEqualTo(usd("5800.00"));
        assertThat(figures.netWorthSeries().getLast()).isEqualTo(figures.netWorth());
        assertThat(figures.netWorthSeries().getFirst().day()).isEqualTo(TODAY.minusMonths(1));
        assertThat(figures.netWorthSeries()).hasSize(32);
        assertThat(figures.netWorthSeries().getFirst().netWorth()).isEqualTo(usd("6000.00"));
    }

    @Test
    void theWholeHistoryStartsAtTheFirstOpeningAndShowsAtMostTheChartsPoints() {
        DashboardFigures figures = dashboard.figures(DashboardRange.ALL);

        assertThat(figures.netWorthSeries()).hasSizeLessThanOrEqualTo(Dashboard.CHART_POINTS);
        assertThat(figures.netWorthSeries().getFirst().day())
                .isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 10));
        assertThat(figures.netWorthSeries().getLast().day()).isEqualTo(TODAY);
        assertThat(figures.netWorthSeries()).extracting(NetWorthPoint::netWorth).containsOnly(usd("6000.00"));
    }

    @Test
    void theMonthCountsIncomeSpendingAndCashFlowOfThisMonthOnly() {
        spend("2026-11-02", "2500.00", salary);
        spend("2026-11-03", "-120.00", groceries);
        fx.add(checking, "2026-11-04", "-30.00", "Unfiled shop");
        spend("2026-10-30", "-999.00", groceries);
        transfer("2026-11-05", "-400.00");

        DashboardFigures figures = dashboard.figures(DashboardRange.ONE_MONTH);

        assertThat(figures.month().month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(figures.month().income()).isEqualTo(usd("2500.00"));
        assertThat(figures.month().expenses()).isEqualTo(usd("150.00"));
        assertThat(figures.month().net()).isEqualTo(usd("2350.00"));
    }

    @Test
    void budgetStatusShowsTheExpenseGroupsWithABudgetOrSpending() {
        fx.ledger.budgets().set(groceries.id(), YearMonth.of(2026, 11), usd("300.00"));
        spend("2026-11-03", "-120.00", groceries);

        DashboardFigures figures = dashboard.figures(DashboardRange.ONE_MONTH);

        assertThat(figures.budgetGroups()).hasSize(1);
        BudgetGroup food = figures.budgetGroups().getFirst();
        assertThat(food.lines()).extracting(l -> l.name()).contains("Groceries");
        assertThat(food.budgeted()).isEqualTo(usd("300.00"));
        assertThat(food.actual()).isEqualTo(usd("120.00"));
        assertThat(food.remaining()).isEqualTo(usd("180.00"));
    }

    @Test
    void goalsShowTheirProgress() {
        var goal = fx.ledger
                .goals()
                .add(GoalDraft.contributions("Trip", new BigDecimal("1000"), USD, LocalDate.of(2027, 6, 1)));
        fx.ledger.goals().contribute(goal.id(), TODAY, new BigDecimal("250"), "");

        DashboardFigures figures = dashboard.figures(DashboardRange.ONE_MONTH);

        assertThat(figures.goals()).singleElement().satisfies(p -> {
            assertThat(p.goal().name()).isEqualTo("Trip");
            assertThat(p.percent()).isEqualTo(25);
        });
    }

    @Test
    void largeTransactionsAreTheLastThirtyDaysLargestEitherWayWithoutTransfers() {
        Account euros = fx.account("Euros", EUR, "0.00");
        fx.ledger.rates().set(EUR, USD, LocalDate.of(2020, 1, 1), new BigDecimal("1.50"));
        spend("2026-11-20", "-300.00", groceries);
        spend("2026-11-21", "2500.00", salary);
        fx.add(euros, "2026-11-22", "-400.00", "Hotel in Rome"); // 600.00 in dollars
        fx.add(checking, "2026-11-23", "-10.00", "Coffee");
        fx.add(checking, "2026-10-20", "-5000.00", "Too long ago");
        transfer("2026-11-24", "-9000.00");
        for (int i = 1; i <= 4; i++) {
            fx.add(checking, "2026-11-0" + i, "-" + (40 + i) + ".00", "Small " + i);
        }

        DashboardFigures figures = dashboard.figures(DashboardRange.ONE_MONTH);

        assertThat(figures.largeTransactions())
                .extracting(LargeTransaction::payee)
                .containsExactly("Salary", "Hotel in Rome", "Groceries", "Small 4", "Small 3");
        LargeTransaction hotel = figures.largeTransactions().get(1);
        assertThat(hotel.amount()).isEqualTo(Money.parse("-400.00", EUR, "amount"));
        assertThat(hotel.baseAmount()).isEqualTo(usd("-600.00"));
        assertThat(hotel.accountName()).isEqualTo("Euros");
        assertThat(figures.largeTransactions().getFirst().categoryName()).isEqualTo("Salary");
    }

    @Test
    void anEmptyVaultHasAnEmptyDashboard() {
        fx.close();
        fx = new LedgerFixture(folder.resolve("empty"));

        DashboardFigures figures = fx.ledger.dashboard().figures(DashboardRange.ALL);

        assertThat(figures.netWorthSeries())
                .singleElement()
                .satisfies(p -> assertThat(p.day()).isEqualTo(TODAY));
        assertThat(figures.netWorth().netWorth().signum()).isZero();
        assertThat(figures.budgetGroups()).isEmpty();
        assertThat(figures.goals()).isEmpty();
        assertThat(figures.largeTransactions()).isEmpty();
    }

    private void spend(String date, String amount, Category category) {
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.parse(date), new BigDecimal(amount), category.name())
                        .withCategory(category.id()));
    }

    private void transfer(String date, String amount) {
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.parse(date), new BigDecimal(amount), "To savings")
                        .withTransferTo(savings.id(), new BigDecimal(amount).negate()));
    }

    private static Money usd(String amount) {
        return Money.parse(amount, USD, "amount");
    }
}
