package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetCommandsTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
        spend("2026-10-03", "-120.00", "Groceries");
        spend("2026-10-12", "-45.50", "Restaurants");
        spend("2026-10-25", "2500", "Salary");
    }

    @Test
    void setThenShowComparesBudgetWithSpending() {
        assertThat(ledger.ok("budget", "set", "Groceries", "200", "--month", "2026-10")
                        .out())
                .contains("Budget of Groceries for 2026-10: 200.00 USD.");
        ledger.ok("budget", "set", "restaurants", "40", "--month", "2026-10");
        ledger.ok("budget", "set", "Salary", "3000", "--month", "2026-10");

        Result shown = ledger.ok("budget", "show", "--month", "2026-10");

        assertThat(shown.out())
                .contains("Budget for 2026-10 (USD)")
                .containsPattern("Groceries\\s+200\\.00\\s+120\\.00\\s+80\\.00")
                .containsPattern("Restaurants\\s+40\\.00\\s+45\\.50\\s+-5\\.50\\s+overspent")
                .containsPattern("Salary\\s+3000\\.00\\s+2500\\.00\\s+500\\.00\\s+still expected")
                .contains("Income: expected 3000.00, received 2500.00")
                .contains("Expenses: budgeted 240.00, spent 165.50")
                .contains("Left to budget: 2760.00")
                .doesNotContain("Coffee");
        assertThat(ledger.ok("budget", "show", "--month", "2026-10", "--all").out())
                .contains("Coffee");
    }

    @Test
    void jsonListsEveryGroupAndCategoryWithTheirFigures() {
        ledger.ok("budget", "set", "Groceries", "200", "--month", "2026-10");

        JsonNode month = ledger.json("budget", "show", "--month", "2026-10");

        assertThat(month.get("month").asText()).isEqualTo("2026-10");
        assertThat(month.get("expensesSpent").asText()).isEqualTo("165.50");
        JsonNode groceries = null;
        for (JsonNode group : month.get("groups")) {
            for (JsonNode line : group.get("categories")) {
                if (line.get("name").asText().equals("Groceries")) {
                    groceries = line;
                }
            }
        }
        assertThat(groceries).isNotNull();
        assertThat(groceries.get("budgeted").asText()).isEqualTo("200.00");
        assertThat(groceries.get("actual").asText()).isEqualTo("120.00");
        assertThat(groceries.get("remaining").asText()).isEqualTo("80.00");
    }

    @Test
    void copyAverageAndRolloverFillAndCarry() {
        ledger.ok("budget", "set", "Groceries", "150", "--month", "2026-10");
        assertThat(ledger.ok("budget", "copy", "--month", "2026-11").out())
                .contains("1 category was budgeted in 2026-10; 2026-11 now has the same amounts for them.");
        assertThat(ledger.ok("budget", "rollover", "Groceries", "on", "--month", "2026-10")
                        .out())
                .contains("Groceries now carries what it has left or overspent, from 2026-10 on.");
        assertThat(ledger.ok("budget", "show", "--month", "2026-11").out())
                .containsPattern("Groceries\\s+150\\.00\\s+30\\.00\\s+0\\.00\\s+180\\.00");

        assertThat(ledger.ok("budget", "average", "--months", "3", "--month", "2026-11")
                        .out())
                .contains("Set 3 categories for 2026-11 from the average of the 3 months before.");
        assertThat(ledger.json("budget", "show", "--month", "2026-11")
                        .get("incomeExpected")
                        .asText())
                .isEqualTo("833.33");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "budget set Groceries -5 --month 2026-10|A budget cannot be negative: -5.00 for Groceries in 2026-10",
                "budget set Nowhere 5 --month 2026-10|No category named 'Nowhere'",
                "budget set Groceries five --month 2026-10|AMOUNT: 'five' is not an amount",
                "budget set Groceries 5 --month 2026-13|--month: '2026-13' is not a month; use YYYY-MM.",
                "budget set Groceries 5.001 --month 2026-10|5.001",
                "budget rollover Salary on --month 2026-10|Only expense categories roll over",
                "budget rollover Groceries maybe|'maybe' is neither on nor off.",
                "budget average --months 0 --month 2026-10|Average over 1 to 36 months, not 0"
            })
    void refusedInputExits2WithTheReasonAndChangesNothing(String command, String message) {
        String before =
                ledger.ok("budget", "show", "--month", "2026-10", "--json").out();

        Result refused = cli.runUnlocked(command.split(" "));

        assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains(message);
        assertThat(ledger.ok("budget", "show", "--month", "2026-10", "--json").out())
                .isEqualTo(before);
    }

    private void spend(String date, String amount, String category) {
        ledger.ok(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                date,
                "--amount",
                amount,
                "--payee",
                "Shop",
                "--category",
                category);
    }
}
