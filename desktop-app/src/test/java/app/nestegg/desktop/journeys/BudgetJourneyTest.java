package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.desktop.ledger.budgets.BudgetRow;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * Unlocks onto the dashboard, opens the budget page, sets a category's budget, sees what remains, sees the budget on
 * the dashboard, and fills the next month from this one. The pages use the window's clock, the system's, so the
 * spending is dated this month (its first day, so that it is never after today).
 */
class BudgetJourneyTest extends UiJourney {

    private static final YearMonth THIS_MONTH = YearMonth.now();

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        Account account = session.ledger()
                .accounts()
                .add(AccountDraft.of(
                                "Everyday", AccountType.CHECKING, Currency.getInstance("USD"), new BigDecimal("500"))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        var groceries = session.ledger().categories().find("Groceries");
        session.ledger()
                .transactions()
                .add(TransactionDraft.of(account.id(), THIS_MONTH.atDay(1), new BigDecimal("-64.20"), "Market")
                        .withCategory(groceries.id()));
        session.lock();
    }

    @Test
    void setABudgetSeeWhatRemainsAndSeeItOnTheDashboard() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#page-dashboard");
        waitForText("#dashboardNetWorth", "$435.80"::equals);
        assertThat(text(node("#monthSpending"))).isEqualTo("$64.20");
        assertThat(text(node("#dashboardBudget"))).contains("Food", "$64.20 spent of $0.00", "$64.20 over");
        assertThat(text(node("#largeTransactions"))).contains("Market", "-$64.20");
        LineChart<?, ?> chart = node("#netWorthChart");
        assertThat(chart.getData()).isNotEmpty();
        assertThat(chart.getData().getLast().getData()).isNotEmpty();

        openPage("budgets");
        waitForText("#budgetMonth", LedgerTestKit.FORMAT.month(THIS_MONTH)::equals);
        waitForText("#toBudget", text -> text.endsWith("$0.00"));

        TableView<BudgetRow> table = node("#budgetTable");
        robot.interact(() -> table.getSelectionModel().select(groceries(table)));
        waitForText("#budgetCategory", "Groceries"::equals);
        robot.interact(() -> ((javafx.scene.control.TextField) node("#budgetAmount")).clear());
        type("#budgetAmount", "300");
        robot.clickOn("#saveBudget");

        waitForText("#budgetStatus", "Budget of Groceries set to $300.00"::equals);
        assertThat(table.getItems().get(groceries(table)).remaining()).isEqualTo("$235.80");
        assertThat(text(node("#toBudget"))).isEqualTo("Left to budget: -$300.00");

        openPage("dashboard");
        waitForText("#dashboardBudget", text -> text.contains("$64.20 spent of $300.00"));
        assertThat(text(node("#dashboardBudget"))).contains("$235.80 left");
        robot.clickOn("#range-one_month");
        waitForText("#dashboardChange", text -> text.endsWith("over the last month"));

        openPage("budgets");

        robot.clickOn("#nextMonth");
        waitForText("#budgetMonth", LedgerTestKit.FORMAT.month(THIS_MONTH.plusMonths(1))::equals);
        robot.clickOn("#copyLastMonth");
        waitForText("#budgetStatus", "Copied 1 category from last month"::equals);
        assertThat(table.getItems().get(groceries(table)).remaining()).isEqualTo("$300.00");
    }

    private static int groceries(TableView<BudgetRow> table) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if ("Groceries".equals(table.getItems().get(i).name())) {
                return i;
            }
        }
        throw new AssertionError("No Groceries row in " + table.getItems());
    }
}
