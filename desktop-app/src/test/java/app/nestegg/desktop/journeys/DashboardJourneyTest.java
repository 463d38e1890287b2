package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
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
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/**
 * Unlocks onto the dashboard, sees net worth, the month and a group spent without a budget, sets a budget on the budget
 * page, and sees it on the dashboard when coming back. The pages use the system clock, so the spending is dated this
 * month.
 */
class DashboardJourneyTest extends UiJourney {

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
    void setABudgetAndSeeItOnTheDashboard() {
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
        assertThat(chart.getData().getFirst().getData()).isNotEmpty();

        robot.clickOn("#nav-budgets");
        waitForVisible("#budgetTable");
        TableView<BudgetRow> table = node("#budgetTable");
        robot.interact(() -> table.getSelectionModel().select(groceries(table)));
        waitForText("#budgetCategory", "Groceries"::equals);
        robot.interact(() -> ((TextField) node("#budgetAmount")).clear());
        type("#budgetAmount", "300");
        robot.clickOn("#saveBudget");
        waitForText("#budgetStatus", "Budget of Groceries set to $300.00"::equals);

        robot.clickOn("#nav-dashboard");
        waitForText("#dashboardBudget", text -> text.contains("$64.20 spent of $300.00"));
        assertThat(text(node("#dashboardBudget"))).contains("$235.80 left");

        robot.clickOn("#range-one_month");
        waitForText("#dashboardChange", text -> text.endsWith("over the last month"));
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
