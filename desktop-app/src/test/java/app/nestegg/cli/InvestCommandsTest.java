package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestCommandsTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
        ledger.ok("accounts", "add", "--name", "Broker", "--type", "brokerage", "--currency", "USD");
        ledger.ok(
                "securities", "add", "--symbol", "vti", "--name", "Total market", "--type", "etf", "--currency", "USD");
        ledger.ok(
                "securities", "add", "--symbol", "BND", "--name", "Total bond", "--type", "bond", "--currency", "USD");
    }

    @Test
    void securitiesAreListedBySymbol() {
        assertThat(ledger.ok("securities").out()).contains("BND", "VTI", "Total market", "etf", "bond");
        JsonNode json = ledger.json("securities", "list");
        assertThat(json).extracting(n -> n.get("symbol").asText()).containsExactly("BND", "VTI");
    }

    @Test
    void tradesUpdateHoldingsAndTheAccountsCash() {
        Result buy = ledger.ok(trade("buy", "VTI", "2024-01-10", "--quantity", "10", "--price", "100", "--fees", "5"));
        assertThat(buy.out()).contains("Bought 10 VTI on 2024-01-10; cash -1005.00 USD.");
        ledger.ok(trade("buy", "bnd", "2024-01-10", "--quantity", "10", "--price", "50"));
        ledger.ok(trade("sell", "VTI", "2024-02-01", "--quantity", "4", "--price", "110"));
        ledger.ok(trade("dividend", "BND", "2024-03-01", "--amount", "12.50"));
        ledger.ok(trade("split", "VTI", "2024-04-01", "--ratio", "2"));
        ledger.ok("prices", "set", "VTI", "2024-05-01", "60");

        JsonNode accounts = ledger.json("holdings", "--account", "Broker", "--date", "2024-05-01");
        JsonNode broker = accounts.get(0);
        JsonNode vti = broker.get("holdings").get(1);
        assertThat(vti.get("symbol").asText()).isEqualTo("VTI");
        assertThat(vti.get("quantity").asText()).isEqualTo("12");
        assertThat(vti.get("costBasis").asText()).isEqualTo("603.00");
        assertThat(vti.get("marketValue").asText()).isEqualTo("720.00");
        assertThat(vti.get("realisedGain").asText()).isEqualTo("38.00");
        assertThat(broker.get("allocation").get(0).get("type").asText()).isEqualTo("etf");
        assertThat(broker.at("/returns/moneyWeighted/explanation").asText()).startsWith("Money-weighted (XIRR)");
        assertThat(broker.at("/returns/timeWeighted/explanation").asText()).startsWith("Time-weighted");
        // -1005 - 500 + 440 + 12.50
        assertThat(ledger.ok("accounts", "list").out()).contains("-1052.50");

        String text = ledger.ok("holdings", "--date", "2024-05-01").out();
        assertThat(text)
                .contains("Broker (USD) on 2024-05-01", "VTI", "720.00", "Allocation: ETF", "a year", "Money-weighted");
    }

    @Test
    void sellingMoreThanHeldExits2AndWritesNothing() {
        ledger.ok(trade("buy", "VTI", "2024-01-10", "--quantity", "10", "--price", "100"));
        String before = ledger.ok("accounts", "list").out();

        Result sell = cli.runUnlocked(trade("sell", "VTI", "2024-02-01", "--quantity", "11", "--price", "100"));

        assertThat(sell.code()).as(sell.toString()).isEqualTo(2);
        assertThat(sell.err()).contains("Cannot sell 11 VTI on 2024-02-01: the account holds 10 then");
        assertThat(ledger.ok("accounts", "list").out()).isEqualTo(before);
    }

    @Test
    void anUnknownSecurityExits2NamingIt() {
        Result buy = cli.runUnlocked(trade("buy", "XYZ", "2024-01-10", "--quantity", "1", "--price", "1"));

        assertThat(buy.code()).isEqualTo(2);
        assertThat(buy.err()).contains("Unknown security 'XYZ'");
        assertThat(cli.runUnlocked("prices", "set", "XYZ", "2024-01-10", "1").err())
                .contains("Unknown security 'XYZ'");
    }

    @Test
    void aTradeInACheckingAccountIsRefused() {
        Result buy = cli.runUnlocked(
                "trade", "buy", "--account", "Everyday", "--symbol", "VTI", "--quantity", "1", "--price", "1");

        assertThat(buy.code()).isEqualTo(2);
        assertThat(buy.err()).contains("'Everyday' is a checking account");
    }

    @Test
    void aGoodPriceFileImportsAndABadOneExits5NamingLineAndColumnWithNothingImported() throws IOException {
        Path good = Files.writeString(
                root.resolve("prices.csv"), "symbol,date,price\nVTI,2024-01-02,101.5\nBND,2024-01-02,49\n");
        assertThat(ledger.ok("prices", "import", good.toString()).out()).contains("Imported 2 prices from prices.csv");

        Path bad = Files.writeString(
                root.resolve("bad.csv"), "symbol,date,price\nVTI,2024-01-03,102\nBND,2024-01-03,-1\n");
        Result refused = cli.runUnlocked("prices", "import", bad.toString());

        assertThat(refused.code()).as(refused.toString()).isEqualTo(5);
        assertThat(refused.err()).contains("bad.csv, line 3, column price: the price -1 is negative");
        ledger.ok(trade("buy", "VTI", "2024-01-01", "--quantity", "1", "--price", "100"));
        JsonNode holdings = ledger.json("holdings", "--date", "2024-01-05");
        assertThat(holdings.at("/0/holdings/0/price").asText())
                .as("the 102 row was not imported")
                .isEqualTo("101.5");
    }

    @Test
    void aMissingPriceFileExits5() {
        Result refused =
                cli.runUnlocked("prices", "import", root.resolve("nope.csv").toString());

        assertThat(refused.code()).isEqualTo(5);
    }

    private static String[] trade(String kind, String symbol, String date, String... rest) {
        String[] head = {"trade", kind, "--account", "Broker", "--symbol", symbol, "--date", date};
        String[] all = java.util.Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }
}
