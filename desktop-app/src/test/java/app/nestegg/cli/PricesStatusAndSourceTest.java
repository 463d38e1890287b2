package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code prices source} chooses the quote source; {@code prices status} says how old each held price is. */
class PricesStatusAndSourceTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root); // the clock says 2030-01-15
        cli.init();
        ledger = new LedgerFixture(cli);
        ledger.ok("accounts", "add", "--name", "Broker", "--type", "brokerage", "--currency", "USD");
        ledger.ok(
                "securities", "add", "--symbol", "VTI", "--name", "Total market", "--type", "etf", "--currency", "USD");
        ledger.ok("securities", "add", "--symbol", "BND", "--name", "Bonds", "--type", "bond", "--currency", "USD");
        for (String symbol : new String[] {"VTI", "BND"}) {
            ledger.ok(
                    "trade",
                    "buy",
                    "--account",
                    "Broker",
                    "--symbol",
                    symbol,
                    "--date",
                    "2030-01-02",
                    "--quantity",
                    "10",
                    "--price",
                    "100");
        }
    }

    @Test
    void aCsvSourceFeedsThePriceJobAndTheStatusShowsEachPricesAge() throws Exception {
        Path quotes = Files.writeString(root.resolve("quotes.csv"), "symbol,date,price\nVTI,2030-01-14,101.5\n");

        assertThat(ledger.ok("prices", "source", "csv", quotes.toString()).out())
                .contains("Quote source: csv " + quotes);
        ledger.ok("jobs", "run", "price-update");

        String status = ledger.ok("prices", "status").out();
        assertThat(status).contains("Quote source: csv " + quotes);
        assertThat(status).as("a trade's price counts").containsPattern("BND +2030-01-02 +13 days old");
        assertThat(status).containsPattern("VTI +2030-01-14 +1 day old");
        JsonNode json = ledger.json("prices", "status");
        assertThat(json.get("source").asText()).isEqualTo("csv");
        assertThat(json.at("/held/1/symbol").asText()).isEqualTo("VTI");
        assertThat(json.at("/held/1/days_old").asLong()).isEqualTo(1);
        assertThat(json.at("/held/0/days_old").asLong()).isEqualTo(13);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an unknown kind|yahoo||'yahoo' is not a quote source; use none, http or csv",
                "plain http to another computer|http|http://quotes.example.com|must start with https://",
                "a relative file|csv|quotes.csv|must be a full path",
                "no location|http||needs its base URL",
            })
    void aBadSourceExits2NamingWhatIsWrongAndStoresNothing(String what, String kind, String location, String message) {
        Result refused = location == null
                ? cli.runUnlocked("prices", "source", kind)
                : cli.runUnlocked("prices", "source", kind, location);

        assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains(message);
        assertThat(ledger.ok("prices", "status").out()).contains("Quote source: none");
    }
}
