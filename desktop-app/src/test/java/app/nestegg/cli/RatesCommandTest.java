package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatesCommandTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
    }

    @Test
    void theBaseCurrencyIsUsdUntilSetAndRatesConvertBalancesIntoIt() {
        assertThat(ledger.ok("rates", "base").out()).contains("Base currency: USD");

        assertThat(ledger.ok("rates", "base", "jpy").out()).contains("Base currency: JPY");
        Result set = ledger.ok("rates", "set", "--from", "USD", "--to", "JPY", "--rate", "150", "--date", "2020-01-01");

        assertThat(set.out()).contains("Recorded 1 USD = 150 JPY on 2020-01-01.");
        Result list = ledger.ok("accounts", "list");
        assertThat(list.out()).contains("1000.00  USD  = 150000 JPY").doesNotContain("no JPY rate");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "XYZ|USD|1.1|2026-01-01|Unknown currency 'XYZ'",
                "EUR|EUR|1.1|2026-01-01|A rate needs two different currencies",
                "EUR|USD|0|2026-01-01|greater than zero",
                "EUR|USD|-2|2026-01-01|greater than zero",
                "EUR|USD|one|2026-01-01|--rate: 'one' is not an amount",
                "EUR|USD|1.1|1800-01-01|--date: 1800-01-01 is outside"
            })
    void refusedRatesExit2WithTheReason(String from, String to, String rate, String date, String message) {
        Result set = cli.runUnlocked("rates", "set", "--from", from, "--to", to, "--rate", rate, "--date", date);

        assertThat(set.code()).as(set.toString()).isEqualTo(2);
        assertThat(set.err()).contains(message);
    }
}
