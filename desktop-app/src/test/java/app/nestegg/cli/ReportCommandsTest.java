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

class ReportCommandsTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
        add("2026-09-03", "-100.00", "Groceries");
        add("2026-10-03", "-45.50", "Restaurants");
        add("2026-10-04", "-20.00", null);
        add("2026-10-25", "2500", "Salary");
    }

    @Test
    void spendingListsCategoriesLargestFirstWithUncategorisedAndATotal() {
        Result report = ledger.ok("report", "spending", "--from", "2026-09", "--to", "2026-10");

        assertThat(report.out())
                .contains("Spending by category, 2026-09 to 2026-10")
                .containsPattern("Groceries\\s+Food\\s+100\\.00 USD")
                .containsPattern("Restaurants\\s+Food\\s+45\\.50 USD")
                .containsPattern("Uncategorised\\s+20\\.00 USD")
                .containsPattern("Total\\s+165\\.50 USD");
        assertThat(report.out().indexOf("Groceries")).isLessThan(report.out().indexOf("Restaurants"));
    }

    @Test
    void csvAndJsonCarryTheSameFigures() {
        assertThat(ledger.ok("report", "spending", "--from", "2026-09", "--to", "2026-10", "--csv")
                        .out())
                .isEqualTo("category,group,amount,currency\nGroceries,Food,100.00,USD\nRestaurants,Food,45.50,USD\n"
                        + "Uncategorised,,20.00,USD\n");

        JsonNode income = ledger.json("report", "income", "--from", "2026-09", "--to", "2026-10");
        assertThat(income.get("income").asText()).isEqualTo("2500.00");
        assertThat(income.get("expenses").asText()).isEqualTo("165.50");
        assertThat(income.get("months").get(1).get("net").asText()).isEqualTo("2434.50");

        ledger.ok("budget", "set", "Groceries", "80", "--month", "2026-09");
        assertThat(ledger.ok("report", "budget", "--from", "2026-09", "--to", "2026-09", "--csv")
                        .out())
                .isEqualTo("month,expenses_budgeted,expenses_spent,income_expected,income_received,currency\n"
                        + "2026-09,80.00,100.00,0.00,0.00,USD\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "report spending --from 2026-10 --to 2026-09|The report ends (2026-09) before it starts (2026-10)",
                "report income --from 1950-01 --to 2001-01|at most 600 months",
                "report budget --to 2026-1x|--to: '2026-1x' is not a month; use YYYY-MM.",
                "report spending --csv --json|Give --csv or --json, not both."
            })
    void badRangesExit2WithTheReason(String command, String message) {
        Result refused = cli.runUnlocked(command.split(" "));

        assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains(message);
    }

    private void add(String date, String amount, String category) {
        if (category == null) {
            ledger.ok("tx", "add", "--account", "Everyday", "--date", date, "--amount", amount, "--payee", "Shop");
            return;
        }
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
