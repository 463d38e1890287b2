package app.nestegg.vault.ledger.budget;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.RuleDraft;
import app.nestegg.vault.ledger.RuleScope;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetsTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path folder;

    LedgerFixture fx;
    Budgets budgets;
    Account checking;
    Category groceries;
    Category restaurants;
    Category salary;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        budgets = fx.ledger.budgets();
        checking = fx.account("Checking", USD, "0.00");
        groceries = fx.ledger.categories().find("Groceries");
        restaurants = fx.ledger.categories().find("Restaurants");
        salary = fx.ledger.categories().find("Salary");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aMonthComparesBudgetWithSpendingAndIncomeExpectedWithReceived() {
        spend("2026-10-03", "-120.00", groceries);
        spend("2026-10-20", "-30.50", groceries);
        spend("2026-10-21", "10.00", groceries); // a refund lowers what was spent
        spend("2026-11-01", "-99.00", groceries); // another month
        spend("2026-10-25", "2500.00", salary);
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.parse("2026-10-05"), new BigDecimal("-80.00"), "Mall")
                        .withSplits(List.of(
                                new SplitDraft(groceries.id(), new BigDecimal("-50.00"), null),
                                new SplitDraft(restaurants.id(), new BigDecimal("-30.00"), null))));
        budgets.set(groceries.id(), OCTOBER, usd("200.00"));
        budgets.set(restaurants.id(), OCTOBER, usd("20.00"));
        budgets.set(salary.id(), OCTOBER, usd("3000.00"));

        BudgetMonth month = budgets.month(OCTOBER);

        BudgetLine food = line(month, groceries);
        assertThat(food.budgeted()).isEqualTo(usd("200.00"));
        assertThat(food.actual()).isEqualTo(usd("190.50"));
        assertThat(food.remaining()).isEqualTo(usd("9.50"));
        assertThat(food.overspent()).isFalse();
        assertThat(line(month, restaurants).remaining()).isEqualTo(usd("-10.00"));
        assertThat(line(month, restaurants).overspent()).isTrue();
        BudgetLine pay = line(month, salary);
        assertThat(pay.actual()).isEqualTo(usd("2500.00"));
        assertThat(pay.remaining()).isEqualTo(usd("500.00"));
        assertThat(month.incomeExpected()).isEqualTo(usd("3000.00"));
        assertThat(month.incomeReceived()).isEqualTo(usd("2500.00"));
        assertThat(month.expensesBudgeted()).isEqualTo(usd("220.00"));
        assertThat(month.expensesSpent()).isEqualTo(usd("220.50"));
        assertThat(month.toBudget()).isEqualTo(usd("2780.00"));
        BudgetGroup food2 = month.groups().stream()
                .filter(g -> g.name().equals("Food"))
                .findFirst()
                .orElseThrow();
        assertThat(food2.budgeted()).isEqualTo(usd("220.00"));
        assertThat(food2.actual()).isEqualTo(usd("220.50"));
        assertThat(month.groups().getFirst().name()).isEqualTo("Income");
    }

    @Test
    void withoutExpectedIncomeTheIncomeReceivedIsWhatIsLeftToBudgetFrom() {
        spend("2026-10-25", "1000.00", salary);
        budgets.set(groceries.id(), OCTOBER, usd("300.00"));

        assertThat(budgets.month(OCTOBER).toBudget()).isEqualTo(usd("700.00"));
    }

    @Test
    void rolloverCarriesWhatWasLeftAndWhatWasOverspentFromItsFirstMonthOn() {
        budgets.set(groceries.id(), YearMonth.of(2026, 7), usd("100.00"));
        spend("2026-07-10", "-500.00", groceries); // before rollover starts: not carried
        budgets.set(groceries.id(), YearMonth.of(2026, 8), usd("100.00"));
        spend("2026-08-10", "-60.00", groceries); // 40 left
        budgets.set(groceries.id(), YearMonth.of(2026, 9), usd("100.00"));
        spend("2026-09-10", "-150.00", groceries); // 50 over
        budgets.set(groceries.id(), OCTOBER, usd("100.00"));
        budgets.setRollover(groceries.id(), true, YearMonth.of(2026, 8));

        BudgetLine october = line(budgets.month(OCTOBER), groceries);
        assertThat(october.rollover()).isTrue();
        assertThat(october.carried()).isEqualTo(usd("-10.00"));
        assertThat(october.remaining()).isEqualTo(usd("90.00"));
        assertThat(line(budgets.month(YearMonth.of(2026, 7)), groceries).carried())
                .isEqualTo(usd("0.00"));
        assertThat(line(budgets.month(YearMonth.of(2026, 9)), groceries).carried())
                .isEqualTo(usd("40.00"));

        budgets.setRollover(groceries.id(), false, OCTOBER);
        assertThat(line(budgets.month(OCTOBER), groceries).carried()).isEqualTo(usd("0.00"));
    }

    @Test
    void copyingTheMonthBeforeReplacesItsCategoriesAndLeavesTheOthers() {
        budgets.set(groceries.id(), YearMonth.of(2026, 9), usd("250.00"));
        budgets.set(groceries.id(), OCTOBER, usd("1.00"));
        budgets.set(restaurants.id(), OCTOBER, usd("40.00"));

        assertThat(budgets.copyPreviousMonth(OCTOBER)).isEqualTo(1);

        BudgetMonth month = budgets.month(OCTOBER);
        assertThat(line(month, groceries).budgeted()).isEqualTo(usd("250.00"));
        assertThat(line(month, restaurants).budgeted()).isEqualTo(usd("40.00"));
    }

    @Test
    void averagesCountQuietMonthsAsZeroAndRoundToTheCent() {
        spend("2026-07-02", "-100.00", groceries);
        spend("2026-09-02", "-100.01", groceries);
        spend("2026-06-02", "-999.00", groceries); // outside the three months
        spend("2026-08-15", "1500.00", salary);
        spend("2026-09-15", "20.00", restaurants); // a refund only: average below zero, left alone

        assertThat(budgets.fromAverage(OCTOBER, 3)).isEqualTo(2);

        BudgetMonth month = budgets.month(OCTOBER);
        assertThat(line(month, groceries).budgeted()).isEqualTo(usd("66.67"));
        assertThat(line(month, salary).budgeted()).isEqualTo(usd("500.00"));
        assertThat(line(month, restaurants).budgeted()).isEqualTo(usd("0.00"));
    }

    @Test
    void spendingInAnotherCurrencyCountsAtTheRateOfTheMonthsLastDay() {
        Account euros = fx.account("Euros", EUR, "0.00");
        fx.ledger.rates().set(EUR, USD, LocalDate.parse("2026-10-01"), new BigDecimal("1.10"));
        fx.ledger.rates().set(EUR, USD, LocalDate.parse("2026-10-31"), new BigDecimal("1.20"));
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(euros.id(), LocalDate.parse("2026-10-02"), new BigDecimal("-10.00"), "Café")
                        .withCategory(restaurants.id()));

        assertThat(line(budgets.month(OCTOBER), restaurants).actual()).isEqualTo(usd("12.00"));
    }

    @Test
    void aMonthWithSpendingInACurrencyWithoutRateSaysWhichRateIsMissing() {
        Account euros = fx.account("Euros", EUR, "0.00");
        fx.ledger
                .transactions()
                .add(TransactionDraft.of(euros.id(), LocalDate.parse("2026-10-02"), new BigDecimal("-10.00"), "Café")
                        .withCategory(restaurants.id()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> budgets.month(OCTOBER))
                .hasMessage("No exchange rate from EUR to USD on or before 2026-10-31: add one to see the figures of"
                        + " 2026-10");
    }

    @Test
    void categoryTotalsFollowEditsDeletesRulesAndRecategorising() {
        var tx = spend("2026-10-03", "-40.00", null);
        assertThat(line(budgets.month(OCTOBER), groceries).actual()).isEqualTo(usd("0.00"));

        fx.ledger.transactions().recategorise(List.of(tx), groceries.id());
        assertThat(line(budgets.month(OCTOBER), groceries).actual()).isEqualTo(usd("40.00"));

        var edited = fx.ledger.transactions().get(tx).toDraft().withAmount(new BigDecimal("-45.00"));
        fx.ledger.transactions().edit(tx, edited.withCategory(restaurants.id()));
        assertThat(line(budgets.month(OCTOBER), groceries).actual()).isEqualTo(usd("0.00"));
        assertThat(line(budgets.month(OCTOBER), restaurants).actual()).isEqualTo(usd("45.00"));

        var other = spend("2026-10-04", "-5.00", null);
        fx.ledger
                .rules()
                .add(new RuleDraft(
                        "Shop", PayeeMatch.CONTAINS, "shop", null, null, null, groceries.id(), null, null, true));
        fx.ledger.rules().apply(RuleScope.all()); // both payees contain "Shop"
        assertThat(line(budgets.month(OCTOBER), groceries).actual()).isEqualTo(usd("50.00"));
        assertThat(line(budgets.month(OCTOBER), restaurants).actual()).isEqualTo(usd("0.00"));

        fx.ledger.transactions().delete(other);
        fx.ledger.transactions().delete(tx);
        assertThat(budgets.month(OCTOBER).expensesSpent()).isEqualTo(usd("0.00"));
    }

    @Test
    void deletingACategoryMovesItsSpendingAndBudgetToTheReplacement() {
        spend("2026-10-03", "-40.00", restaurants);
        spend("2026-10-04", "-10.00", groceries);
        budgets.set(restaurants.id(), OCTOBER, usd("50.00"));
        budgets.set(groceries.id(), OCTOBER, usd("100.00"));
        budgets.set(restaurants.id(), YearMonth.of(2026, 11), usd("60.00"));

        fx.ledger.categories().delete(restaurants.id(), groceries.id());

        BudgetLine merged = line(budgets.month(OCTOBER), groceries);
        assertThat(merged.budgeted()).isEqualTo(usd("150.00"));
        assertThat(merged.actual()).isEqualTo(usd("50.00"));
        assertThat(line(budgets.month(YearMonth.of(2026, 11)), groceries).budgeted())
                .isEqualTo(usd("60.00"));
    }

    @Test
    void hiddenCategoriesShowOnlyInMonthsTheyHaveSomethingIn() {
        fx.ledger.categories().setHidden(restaurants.id(), true);
        spend("2026-10-03", "-40.00", restaurants);

        assertThat(budgets.month(OCTOBER).lines()).anyMatch(l -> l.categoryId().equals(restaurants.id()));
        assertThat(budgets.month(YearMonth.of(2026, 9)).lines())
                .noneMatch(l -> l.categoryId().equals(restaurants.id()));
    }

    private java.util.UUID spend(String date, String amount, Category category) {
        return fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.parse(date), new BigDecimal(amount), "Shop " + date)
                        .withCategory(category == null ? null : category.id()))
                .id();
    }

    static BudgetLine line(BudgetMonth month, Category category) {
        return month.lines().stream()
                .filter(l -> l.categoryId().equals(category.id()))
                .findFirst()
                .orElseThrow();
    }

    static Money usd(String amount) {
        return Money.parse(amount, USD, "amount");
    }
}
