package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetWorthCommandTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli);
        ledger.ok(
                "accounts",
                "add",
                "--name",
                "Everyday",
                "--type",
                "checking",
                "--currency",
                "USD",
                "--opening-balance",
                "1000",
                "--opening-date",
                "2026-01-01");
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
                "2026-01-01");
        ledger.ok("tx", "add", "--account", "Everyday", "--date", "2026-10-05", "--amount", "-100", "--payee", "Shop");
    }

    @Test
    void aDayShowsAssetsLessLiabilitiesAndExcludedAccountsLeaveIt() {
        Result day = ledger.ok("networth", "--to", "2026-10-10");
        assertThat(day.out()).containsPattern("2026-10-10\\s+900\\.00 USD\\s+-300\\.00 USD\\s+600\\.00 USD");

        Result excluded = ledger.ok("networth", "--to", "2026-10-10", "--exclude", "Card");
        assertThat(excluded.out())
                .containsPattern("2026-10-10\\s+900\\.00 USD\\s+0\\.00 USD\\s+900\\.00 USD")
                .contains("Left out of net worth: Card");
        assertThat(ledger.ok("networth", "--to", "2026-10-10", "--include", "Card")
                        .out())
                .contains("600.00 USD")
                .doesNotContain("Left out");
    }

    @Test
    void theHistoryGivesEveryDayAsJson() {
        JsonNode history = ledger.json("networth", "--history", "--from", "2026-10-04", "--to", "2026-10-06");

        assertThat(history.get("days")).hasSize(3);
        assertThat(history.get("days").get(0).get("netWorth").asText()).isEqualTo("700.00");
        assertThat(history.get("days").get(1).get("netWorth").asText()).isEqualTo("600.00");
    }

    @Test
    void badDatesAndFromWithoutHistoryExit2() {
        Result backwards = cli.runUnlocked("networth", "--history", "--from", "2026-10-06", "--to", "2026-10-04");
        assertThat(backwards.code()).isEqualTo(2);
        assertThat(backwards.err()).contains("The history ends (2026-10-04) before it starts (2026-10-06)");
        Result noHistory = cli.runUnlocked("networth", "--from", "2026-10-06");
        assertThat(noHistory.code()).isEqualTo(2);
        assertThat(noHistory.err()).contains("--from needs --history.");
    }
}
