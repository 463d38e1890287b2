package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
        ledger.ok(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-16",
                "--amount",
                "-100",
                "--payee",
                "Rent",
                "--status",
                "cleared");
        ledger.ok(
                "tx",
                "add",
                "--account",
                "Everyday",
                "--date",
                "2030-01-17",
                "--amount",
                "-5",
                "--payee",
                "Not yet cleared");
    }

    @Test
    void previewShowsTheClearedBalanceAndTheDifferenceAndWritesNothing() {
        Result preview =
                cli.runUnlocked("reconcile", "--account", "Everyday", "--date", "2030-01-31", "--balance", "880");

        assertThat(preview.code()).as(preview.toString()).isZero();
        assertThat(preview.out())
                .contains("Cleared balance:   900.00 USD")
                .contains("Difference:        -20.00 USD")
                .contains("The difference is not zero");
        assertThat(statuses()).containsExactly("uncleared", "cleared");
    }

    @Test
    void finishWithADifferenceIsRefusedAndMarksNothing() {
        Result finish = cli.runUnlocked(
                "reconcile", "--account", "Everyday", "--date", "2030-01-31", "--balance", "880", "--finish");

        assertThat(finish.code()).isEqualTo(2);
        assertThat(finish.err()).contains("a difference of -20.00").contains("Clear the missing transactions first");
        assertThat(statuses()).containsExactly("uncleared", "cleared");
    }

    @Test
    void finishWithoutADifferenceMarksTheClearedTransactionsReconciled() {
        Result finish = cli.runUnlocked(
                "reconcile",
                "--account",
                "Everyday",
                "--date",
                "2030-01-31",
                "--balance",
                "900.00",
                "--finish",
                "--json");

        assertThat(finish.code()).as(finish.toString()).isZero();
        JsonNode json = ledger.json("reconcile", "--account", "Everyday", "--date", "2030-01-31", "--balance", "900");
        assertThat(json.get("cleared_balance").asText()).isEqualTo("900.00");
        assertThat(json.get("difference").asText()).isEqualTo("0.00");
        assertThat(json.get("to_mark").asInt()).isZero();
        assertThat(statuses()).containsExactly("uncleared", "reconciled");
    }

    @Test
    void malformedStatementValuesExit2() {
        Result date = cli.runUnlocked("reconcile", "--account", "Everyday", "--date", "1800-01-01", "--balance", "1");
        Result balance =
                cli.runUnlocked("reconcile", "--account", "Everyday", "--date", "2030-01-31", "--balance", "1.001");
        Result account = cli.runUnlocked("reconcile", "--account", "Nowhere", "--date", "2030-01-31", "--balance", "1");

        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("--date: 1800-01-01 is outside");
        assertThat(balance.code()).isEqualTo(2);
        assertThat(balance.err()).contains("too many decimals");
        assertThat(account.code()).isEqualTo(2);
        assertThat(account.err()).contains("No account named 'Nowhere'");
    }

    private List<String> statuses() {
        List<String> statuses = new ArrayList<>();
        ledger.json("tx", "list", "--account", "Everyday")
                .forEach(tx -> statuses.add(tx.get("status").asText()));
        return statuses;
    }
}
