package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code alerts}: the notifications the jobs stored, newest first, on a real vault (the clock says 2030-01-15). */
class AlertsCommandTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
        ledger.ok("budget", "set", "Groceries", "100", "--month", "2030-01");
        spend("-85.00");
        ledger.ok("jobs", "run", "budget-alerts");
    }

    private void spend(String amount) {
        ledger.ok(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-05",
                "--amount",
                amount,
                "--payee",
                "Shop",
                "--category",
                "Groceries");
    }

    @Test
    void listsTheNotificationsNewestFirstAndLeavesThemUnread() {
        spend("-20.00");
        cli.clock.advance(Duration.ofMinutes(1));
        ledger.ok("jobs", "run", "budget-alerts");

        JsonNode alerts = ledger.json("alerts");

        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0).get("kind").asText()).isEqualTo("BUDGET_THRESHOLD");
        assertThat(alerts.get(0).get("title").asText()).isEqualTo("Budget alert");
        assertThat(alerts.get(0).get("text").asText())
                .isEqualTo("Groceries has used 100 % of its 2030-01 budget: 105.00 USD of 100.00 USD.");
        assertThat(alerts.get(1).get("text").asText())
                .isEqualTo("Groceries has used 80 % of its 2030-01 budget: 85.00 USD of 100.00 USD.");
        assertThat(alerts.get(1).get("created_at").asText()).isEqualTo("2030-01-15T10:00:10Z");
        assertThat(alerts)
                .allSatisfy(alert -> assertThat(alert.get("read").asBoolean()).isFalse());
        assertThat(ledger.ok("alerts").out())
                .contains("WHEN", "KIND", "READ", "TEXT")
                .containsPattern("2030-01-15 10:01:10 Z\\s+BUDGET_THRESHOLD\\s+unread\\s+Groceries has used 100 %");
        assertThat(ledger.json("alerts", "--limit", "1")).hasSize(1);
    }

    @Test
    void markReadMarksEveryOneReadAfterListingThem() {
        assertThat(ledger.ok("alerts", "--mark-read").out()).contains("unread");

        assertThat(ledger.ok("alerts", "--unread").out()).contains("No unread notifications.");
        assertThat(ledger.json("alerts").get(0).get("read").asBoolean()).isTrue();
    }

    @Test
    void runningTheJobAgainStoresNothingNew() {
        cli.clock.advance(Duration.ofHours(1));
        ledger.ok("jobs", "run", "budget-alerts");

        assertThat(ledger.json("alerts")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--limit 0 --mark-read | --limit must be between 1 and 1000.",
                "--limit 1001 --mark-read | --limit must be between 1 and 1000.",
                "--limit ten --mark-read | '--limit'",
                "--mark-read --colour | Unknown option: '--colour'",
                "groceries --mark-read | Unmatched argument at index 5: 'groceries'"
            })
    void badArgumentsSayWhatIsWrongAndMarkNothing(String arguments, String message) {
        String[] args = ("alerts " + arguments).split(" ");

        Result result = cli.runUnlocked(args);

        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(ledger.json("alerts").get(0).get("read").asBoolean()).isFalse();
    }
}
