package app.nestegg.desktop.ledger.budgets;

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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetViewModelTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    @TempDir
    Path root;

    LedgerTestKit kit;
    Account account;
    Choice groceries;
    Choice salary;
    BudgetViewModel budget;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        account = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        groceries = kit.category("Food", "Groceries");
        salary = kit.category("Income", "Salary");
        spend("2026-03-04", "-40.00", groceries);
        spend("2026-02-10", "-90.00", groceries);
        spend("2026-03-01", "2000.00", salary);
        budget = new BudgetViewModel(
                kit.session, new SameThreadTaskExecutor(), TestVaults.messages(), FORMAT, kit.vaults.clock());
        budget.refresh();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void showsTheMonthOfTheClockWithIncomeFirstAndEachCategorysFigures() {
        assertThat(budget.monthTitleProperty().get()).isEqualTo("March 2026");
        assertThat(budget.rows().getFirst().name()).isEqualTo("Income");
        assertThat(budget.rows().getFirst().isGroup()).isTrue();
        BudgetRow food = row("Groceries");
        assertThat(food.actual()).isEqualTo("$40.00");
        assertThat(food.remaining()).isEqualTo("-$40.00");
        assertThat(food.overspent()).isTrue();
        assertThat(budget.toBudgetProperty().get()).isEqualTo("Left to budget: $2,000.00");
    }

    @Test
    void settingAnAmountStoresItAndShowsWhatRemains() {
        budget.select(row("Groceries"));
        budget.amountProperty().set("250");
        budget.saveAmount();

        assertThat(budget.statusProperty().get()).isEqualTo("Budget of Groceries set to $250.00");
        assertThat(row("Groceries").remaining()).isEqualTo("$210.00");
        assertThat(row("Groceries").overspent()).isFalse();
        assertThat(budget.selectedProperty().get().name()).isEqualTo("Groceries");
        assertThat(budget.amountProperty().get()).isEqualTo("250.00");
        assertThat(stored(groceries)).isEqualTo(Money.parse("250.00", USD, "amount"));
        assertThat(budget.toBudgetProperty().get()).isEqualTo("Left to budget: $1,750.00");
    }

    @Test
    void anAmountThatIsNotANumberOrNegativeIsRefusedAndNothingIsStored() {
        budget.select(row("Groceries"));
        budget.amountProperty().set("lots");
        budget.saveAmount();
        assertThat(budget.errorProperty().get()).isEqualTo("‘lots’ is not an amount; type digits, e.g. 250.00");

        budget.amountProperty().set("-5");
        budget.saveAmount();
        assertThat(budget.errorProperty().get()).contains("A budget cannot be negative: -5.00 for Groceries");
        assertThat(stored(groceries).isZero()).isTrue();
        assertThat(budget.statusProperty().get()).isEmpty();
    }

    @Test
    void rolloverIsOfferedForExpensesOnlyAndCarriesFromTheShownMonth() {
        budget.select(row("Salary"));
        assertThat(budget.canRollOverProperty().get()).isFalse();
        budget.select(row("Groceries"));
        assertThat(budget.canRollOverProperty().get()).isTrue();

        budget.rolloverProperty().set(true);
        budget.saveRollover();
        budget.amountProperty().set("100");
        budget.saveAmount();
        budget.nextMonth();

        assertThat(budget.monthTitleProperty().get()).isEqualTo("April 2026");
        assertThat(row("Groceries").carried()).isEqualTo("$60.00");
    }

    @Test
    void copyAndAverageFillTheMonthAndSayHowMany() {
        budget.previousMonth();
        budget.select(row("Groceries"));
        budget.amountProperty().set("80");
        budget.saveAmount();
        budget.nextMonth();

        budget.copyPreviousMonth();
        assertThat(budget.statusProperty().get()).isEqualTo("Copied 1 category from last month");
        assertThat(row("Groceries").budgeted()).isEqualTo("$80.00");

        budget.fillFromAverage(3);
        assertThat(budget.statusProperty().get()).isEqualTo("Set 1 category from its average over the last 3 months");
        assertThat(row("Groceries").budgeted()).isEqualTo("$30.00");
    }

    private BudgetRow row(String name) {
        return budget.rows().stream()
                .filter(r -> !r.isGroup() && r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Money stored(Choice category) {
        return kit.ledger.budgets().month(MARCH).lines().stream()
                .filter(l -> l.categoryId().equals(category.id()))
                .findFirst()
                .orElseThrow()
                .budgeted();
    }

    private void spend(String date, String amount, Choice category) {
        kit.ledger
                .transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.parse(date), new BigDecimal(amount), "Shop")
                        .withCategory(category.id()));
    }
}
