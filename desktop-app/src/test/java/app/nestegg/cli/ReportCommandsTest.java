package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    @Test
    void netWorthAtEachMonthEndEqualsTheAccountsBalancesAddedUp() {
        ledger.ok("rates", "set", "--from", "JPY", "--to", "USD", "--rate", "0.0067", "--date", "2029-01-01");
        ledger.ok(
                "accounts",
                "add",
                "--name",
                "Card",
                "--type",
                "credit-card",
                "--currency",
                "USD",
                "--opening-balance",
                "-300",
                "--opening-date",
                "2029-06-01");
        BigDecimal assets = BigDecimal.ZERO;
        BigDecimal liabilities = BigDecimal.ZERO;
        for (JsonNode account : ledger.json("accounts", "list")) {
            BigDecimal balance = new BigDecimal(account.get("balance").asText());
            if (account.get("currency").asText().equals("JPY")) {
                balance = balance.multiply(new BigDecimal("0.0067"));
            }
            if (account.get("name").asText().equals("Card")) {
                liabilities = liabilities.add(balance);
            } else {
                assets = assets.add(balance);
            }
        }
        assertThat(assets).isEqualByComparingTo("3334.50");
        String assetsShown = assets.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        String liabilitiesShown =
                liabilities.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        String netWorthShown =
                assets.add(liabilities).setScale(2, RoundingMode.UNNECESSARY).toPlainString();

        Result text = ledger.ok("report", "networth", "--from", "2029-12", "--to", "2030-02");
        assertThat(text.out())
                .contains("Net worth at each month's end, 2029-12 to 2030-02 (USD)")
                .containsPattern("2029-12-31\\s+0\\.00\\s+-300\\.00\\s+-300\\.00")
                .containsPattern("2030-01-15\\s+" + assetsShown + "\\s+" + liabilitiesShown + "\\s+" + netWorthShown)
                .doesNotContain("2030-01-31")
                .doesNotContain("2030-02-28");

        JsonNode days = ledger.json("report", "networth", "--from", "2029-12", "--to", "2030-02")
                .get("days");
        assertThat(days).hasSize(46);
        assertThat(days.get(45).get("date").asText()).isEqualTo("2030-01-15");
        assertThat(days.get(45).get("netWorth").asText()).isEqualTo(netWorthShown);
        assertThat(ledger.ok("report", "networth", "--from", "2030-01", "--csv").out())
                .startsWith("date,assets,liabilities,net_worth,currency\n2030-01-01,0.00,-300.00,-300.00,USD\n")
                .endsWith("2030-01-15," + assetsShown + "," + liabilitiesShown + "," + netWorthShown + ",USD\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "report spending --from 2026-10 --to 2026-09|The report ends (2026-09) before it starts (2026-10)",
                "report income --from 1950-01 --to 2001-01|at most 600 months",
                "report budget --to 2026-1x|--to: '2026-1x' is not a month; use YYYY-MM.",
                "report spending --csv --json|Give --csv or --json, not both.",
                "report networth --from 2030-01 --to 2029-12|The report ends (2029-12) before it starts (2030-01)",
                "report networth --from 2029-13|--from: '2029-13' is not a month; use YYYY-MM.",
                "report networth --from 2030-02 --to 2030-03|The report starts (2030-02) after today (2030-01-15)",
                "report networth --csv --json|Give --csv or --json, not both."
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
