package app.nestegg.vault.ledger.budget;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static app.nestegg.vault.store.generated.Tables.BUDGET_AMOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_ROLLOVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refused budget input names the field and the problem, and leaves the budget and change log as they were. */
class BudgetBadInputTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path folder;

    LedgerFixture fx;
    Budgets budgets;
    Category groceries;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        budgets = fx.ledger.budgets();
        groceries = fx.ledger.categories().find("Groceries");
        budgets.set(groceries.id(), OCTOBER, Money.parse("100.00", USD, "amount"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aNegativeBudgetIsRefused() {
        refused(
                () -> budgets.set(groceries.id(), OCTOBER, Money.parse("-5.00", USD, "amount")),
                "amount",
                "cannot be negative: -5.00 for Groceries in 2026-10");
    }

    @Test
    void aBudgetInAnotherCurrencyThanTheBaseIsRefused() {
        refused(
                () -> budgets.set(groceries.id(), OCTOBER, Money.parse("5.00", EUR, "amount")),
                "amount",
                "base currency USD, not EUR");
    }

    @Test
    void anUnknownCategoryIsRefused() {
        refused(() -> budgets.set(UUID.randomUUID(), OCTOBER, Money.parse("5.00", USD, "amount")), "category", "");
        refused(() -> budgets.setRollover(UUID.randomUUID(), true, OCTOBER), "category", "");
    }

    @Test
    void aMonthOutsideTheCalendarWeKeepIsRefused() {
        refused(
                () -> budgets.set(groceries.id(), YearMonth.of(1899, 12), Money.parse("5.00", USD, "amount")),
                "month",
                "between 1900 and 2999");
    }

    @Test
    void incomeCategoriesDoNotRollOver() {
        Category salary = fx.ledger.categories().find("Salary");
        refused(() -> budgets.setRollover(salary.id(), true, OCTOBER), "rollover", "Only expense categories");
    }

    @Test
    void anAverageOverNoMonthsIsRefused() {
        refused(() -> budgets.fromAverage(OCTOBER, 0), "months", "1 to 36 months, not 0");
    }

    private void refused(Runnable call, String field, String message) {
        int log = fx.changeLogSize();
        String before = budgetRows();
        assertThatThrownBy(call::run)
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((LedgerInputException) e).field())
                .isEqualTo(field);
        assertThat(fx.changeLogSize()).isEqualTo(log);
        assertThat(budgetRows()).isEqualTo(before);
    }

    private String budgetRows() {
        return fx.session
                .database()
                .<String>read(dsl -> dsl.selectFrom(BUDGET_AMOUNT).fetch().formatCSV()
                        + dsl.selectFrom(BUDGET_ROLLOVER).fetch().formatCSV());
    }
}
