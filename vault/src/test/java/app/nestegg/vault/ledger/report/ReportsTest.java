package app.nestegg.vault.ledger.report;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    static final MonthRange AUTUMN = new MonthRange(YearMonth.of(2026, 9), YearMonth.of(2026, 10));

    @TempDir
    Path folder;

    LedgerFixture fx;
    Reports reports;
    Account checking;
    Account savings;
    Category groceries;
    Category restaurants;
    Category salary;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        reports = fx.ledger.reports();
        checking = fx.account("Checking", USD, "0.00");
        savings = fx.account("Savings", USD, "0.00");
        groceries = fx.ledger.categories().find("Groceries");
        restaurants = fx.ledger.categories().find("Restaurants");
        salary = fx.ledger.categories().find("Salary");
        add("2026-09-03", "-100.00", groceries);
        add("2026-10-03", "-50.00", groceries);
        add("2026-10-04", "5.00", groceries); // refund
        add("2026-10-05", "-30.00", restaurants);
        add("2026-10-06", "-12.00", null); // uncategorised spending
        add("2026-10-07", "7.00", null); // uncategorised money in
        add("2026-10-25", "2000.00", salary);
        add("2026-11-02", "-999.00", groceries); // after the range
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.parse("2026-10-10"), new BigDecimal("-500"), "Save")
                        .withTransferTo(savings.id(), null));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void spendingIsPerExpenseCategoryLargestFirstWithUncategorisedAndWithoutTransfers() {
        SpendingReport report = reports.spending(AUTUMN);

        assertThat(report.categories())
                .extracting(CategoryAmount::name, line -> line.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Groceries", "145.00"),
                        org.assertj.core.groups.Tuple.tuple("Restaurants", "30.00"),
                        org.assertj.core.groups.Tuple.tuple("Uncategorised", "12.00"));
        assertThat(report.total()).isEqualTo(usd("187.00"));
        assertThat(ReportCsv.spending(report))
                .isEqualTo("category,group,amount,currency\nGroceries,Food,145.00,USD\nRestaurants,Food,30.00,USD\n"
                        + "Uncategorised,,12.00,USD\n");
    }

    @Test
    void incomeAgainstExpensesIsMonthByMonth() {
        IncomeExpenseReport report = reports.incomeAndExpenses(AUTUMN);

        assertThat(report.months()).hasSize(2);
        MonthFlow october = report.months().get(1);
        assertThat(october.income()).isEqualTo(usd("2007.00"));
        assertThat(october.expenses()).isEqualTo(usd("87.00"));
        assertThat(october.net()).isEqualTo(usd("1920.00"));
        assertThat(report.months().getFirst().expenses()).isEqualTo(usd("100.00"));
        assertThat(report.net()).isEqualTo(usd("1820.00"));
        assertThat(ReportCsv.incomeAndExpenses(report))
                .startsWith("month,income,expenses,net,currency\n2026-09,0.00,100.00,-100.00,USD\n");
    }

    @Test
    void budgetAgainstActualGivesEachMonthsTotals() {
        fx.ledger.budgets().set(groceries.id(), YearMonth.of(2026, 10), usd("60.00"));

        var months = reports.budgetAgainstActual(AUTUMN);

        assertThat(months.get(1).expensesBudgeted()).isEqualTo(usd("60.00"));
        assertThat(months.get(1).expensesSpent()).isEqualTo(usd("75.00"));
        assertThat(months.get(1).incomeReceived()).isEqualTo(usd("2000.00"));
        assertThat(ReportCsv.budget(months)).contains("2026-10,60.00,75.00,0.00,2000.00,USD");
    }

    @Test
    void otherCurrenciesCountInTheBaseCurrency() {
        Account euros = fx.account("Euros", EUR, "0.00");
        fx.ledger.rates().set(EUR, USD, LocalDate.parse("2026-01-01"), new BigDecimal("1.5"));
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(euros.id(), LocalDate.parse("2026-10-02"), new BigDecimal("-10.00"), "Café")
                        .withCategory(restaurants.id()));

        assertThat(reports.spending(AUTUMN).categories())
                .filteredOn(line -> line.name().equals("Restaurants"))
                .extracting(line -> line.amount().toPlainString())
                .containsExactly("45.00");
    }

    @Test
    void aCategoryDeletedWithoutReplacementLeavesItsAmountsUncategorised() {
        fx.ledger.categories().delete(restaurants.id(), null);

        assertThat(reports.spending(AUTUMN).categories())
                .filteredOn(line -> line.categoryId() == null)
                .extracting(line -> line.amount().toPlainString())
                .containsExactly("42.00");
    }

    @Test
    void tradesMoveMoneyWithinTheInvestmentAccountAndDividendsAreIncome() {
        Account brokerage = fx.ledger
                .accounts()
                .add(app.nestegg.vault.ledger.AccountDraft.of(
                                "Brokerage",
                                app.nestegg.vault.ledger.AccountType.BROKERAGE,
                                USD,
                                new BigDecimal("5000"))
                        .withOpeningDate(LocalDate.parse("2020-01-01")));
        var invest = fx.ledger.investments();
        var fund = invest.securities()
                .add(new app.nestegg.vault.ledger.invest.SecurityDraft(
                        "VTI", "Total Market", app.nestegg.vault.ledger.invest.SecurityType.ETF, USD));
        var buy = invest.trades()
                .record(app.nestegg.vault.ledger.invest.TradeDraft.buy(
                        brokerage.id(),
                        fund.id(),
                        LocalDate.parse("2026-10-08"),
                        new BigDecimal("10"),
                        new BigDecimal("200"),
                        BigDecimal.ZERO));
        invest.trades()
                .record(app.nestegg.vault.ledger.invest.TradeDraft.dividend(
                        brokerage.id(), fund.id(), LocalDate.parse("2026-10-20"), new BigDecimal("12.50")));

        assertThat(reports.spending(AUTUMN).total()).isEqualTo(usd("187.00"));
        assertThat(reports.incomeAndExpenses(AUTUMN).months().get(1).income()).isEqualTo(usd("2019.50"));

        invest.trades().delete(buy.id());
        String kept = totals();
        fx.ledger.changeLog().write(w -> {
            fx.ledger.balances().rebuildTotals(w);
            return null;
        });
        assertThat(totals()).isEqualTo(kept);
    }

    private String totals() {
        return fx.session
                .database()
                .<String>read(dsl -> dsl.selectFrom(app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL)
                                .orderBy(app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL.fields())
                                .fetch()
                                .formatCSV()
                        + dsl.selectFrom(app.nestegg.vault.store.generated.Tables.UNCATEGORISED_MONTH_TOTAL)
                                .orderBy(app.nestegg.vault.store.generated.Tables.UNCATEGORISED_MONTH_TOTAL.fields())
                                .fetch()
                                .formatCSV());
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrIsTooLongIsRefused() {
        assertThatThrownBy(() -> new MonthRange(YearMonth.of(2026, 10), YearMonth.of(2026, 9)))
                .isInstanceOf(LedgerInputException.class)
                .hasMessage("The report ends (2026-09) before it starts (2026-10)");
        assertThatThrownBy(() -> new MonthRange(YearMonth.of(1950, 1), YearMonth.of(2001, 1)))
                .hasMessageContaining("at most 600 months");
        assertThatThrownBy(() -> new MonthRange(YearMonth.of(1899, 1), YearMonth.of(1900, 1)))
                .hasMessageContaining("between 1900 and 2999");
        assertThat(MonthRange.yearTo(YearMonth.of(2026, 10)).months()).hasSize(12);
    }

    private void add(String date, String amount, Category category) {
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.parse(date), new BigDecimal(amount), "Shop")
                        .withCategory(category == null ? null : category.id()));
    }

    private static Money usd(String amount) {
        return Money.parse(amount, USD, "amount");
    }
}
