package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast} on a real vault; the runner's clock says 2030-01-15. */
class ForecastCommandTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli);
        account("Everyday", "checking", "1000");
        account("Card", "credit-card", "-300");
        // 460.00 spent in the 46 days since the account opened: 10.00 a day
        ledger.ok("tx", "add", "--account", "Everyday", "--date", "2030-01-05", "--amount", "-460", "--payee", "Shop");
    }

    private void account(String name, String type, String opening) {
        ledger.ok(
                "accounts",
                "add",
                "--name",
                name,
                "--type",
                type,
                "--currency",
                "USD",
                "--opening-balance",
                opening,
                "--opening-date",
                "2029-12-01");
    }

    @Test
    void aWeeklyTableWithTheTotalAndEachAccountsLowestDay() {
        Result result = ledger.ok("forecast", "--days", "14");

        assertThat(result.out())
                .containsPattern("DATE\\s+Everyday\\s+Card\\s+TOTAL \\(USD\\)")
                .containsPattern("2030-01-15\\s+540\\.00\\s+-300\\.00\\s+240\\.00")
                .containsPattern("2030-01-22\\s+470\\.00\\s+-300\\.00\\s+170\\.00")
                .containsPattern("2030-01-29\\s+400\\.00\\s+-300\\.00\\s+100\\.00")
                .contains("Everyday: lowest 400.00 USD on 2030-01-29")
                .doesNotContain("Warning");
    }

    @Test
    void aProjectedOverdraftIsWarnedOfWithItsDay() {
        Result result = ledger.ok("forecast", "--days", "60", "--account", "Everyday");

        assertThat(result.out())
                .contains("Warning: Everyday is projected to be overdrawn on 2030-03-11 (-10.00 USD).")
                .doesNotContain("TOTAL");
    }

    @Test
    void jsonGivesEveryDayAndTheWarning() {
        Result result = ledger.ok("forecast", "--days", "60", "--json");

        JsonNode forecast = BankFixture.parse(result.out());
        assertThat(forecast.get("today").asText()).isEqualTo("2030-01-15");
        JsonNode everyday = forecast.get("accounts").get(0);
        assertThat(everyday.get("account").asText()).isEqualTo("Everyday");
        assertThat(everyday.get("balances")).hasSize(61);
        assertThat(everyday.get("balances").get(1).get("balance").asText()).isEqualTo("530.00");
        assertThat(everyday.get("warning").get("kind").asText()).isEqualTo("OVERDRAFT");
        assertThat(everyday.get("warning").get("date").asText()).isEqualTo("2030-03-11");
        assertThat(forecast.get("accounts").get(1).get("warning").isNull()).isTrue();
        assertThat(forecast.get("total").get("balances").get(0).get("balance").asText())
                .isEqualTo("240.00");
    }

    @Test
    void badDaysOrAnAccountItCannotForecastAreRefusedNamingWhatIsWrong() {
        account("Broker", "brokerage", "0");

        Result zero = cli.runUnlocked("forecast", "--days", "0");
        Result words = cli.runUnlocked("forecast", "--days", "soon");
        Result unknown = cli.runUnlocked("forecast", "--account", "Holiday fund");
        Result broker = cli.runUnlocked("forecast", "--account", "Broker");

        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("1 to 366 days ahead, not 0");
        assertThat(words.code()).isEqualTo(2);
        assertThat(words.err()).contains("--days").contains("soon");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Holiday fund");
        assertThat(broker.code()).isEqualTo(2);
        assertThat(broker.err()).contains("Broker is not one");
        assertThat(zero.out() + words.out() + unknown.out() + broker.out()).isEmpty();
    }

    @Test
    void aBillFoundInTheLedgerLandsOnItsDayAndItsPayeeIsNotAlsoAveraged() {
        ledger.ok(
                "accounts",
                "add",
                "--name",
                "Bills",
                "--type",
                "checking",
                "--currency",
                "USD",
                "--opening-balance",
                "500",
                "--opening-date",
                "2029-01-01");
        for (String day : List.of("2029-10-10", "2029-11-10", "2029-12-10", "2030-01-10")) {
            ledger.ok("tx", "add", "--account", "Bills", "--date", day, "--amount", "-40", "--payee", "Gym");
        }
        ledger.ok("jobs", "run", "recurring-detection");

        JsonNode detected = bills(ledger.ok("forecast", "--days", "30", "--account", "Bills", "--json"));

        assertThat(detected.get(25).get("balance").asText()).as("2030-02-09").isEqualTo("340.00");
        assertThat(detected.get(26).get("balance").asText()).as("2030-02-10").isEqualTo("300.00");

        String series = ledger.json("recurring", "list")
                .get("detected")
                .get(0)
                .get("id")
                .asText();
        ledger.ok("recurring", "confirm", series, "--amount", "50", "--auto");
        JsonNode confirmed = bills(ledger.ok("forecast", "--days", "30", "--account", "Bills", "--json"));

        assertThat(confirmed.get(26).get("balance").asText()).isEqualTo("290.00");
    }

    private static JsonNode bills(Result result) {
        return BankFixture.parse(result.out()).get("accounts").get(0).get("balances");
    }
}
