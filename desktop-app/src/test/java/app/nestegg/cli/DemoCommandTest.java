package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli);
    }

    @Test
    void demoFillsAnEmptyVaultWithTheSameHouseholdForTheSameSeed(@TempDir Path otherRoot) {
        Result demo = cli.runUnlocked("demo", "--transactions", "120", "--seed", "7", "--end", "2030-01-14");

        assertThat(demo.code()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains("7 accounts and 120 transactions from 2028-01-15 to 2030-01-14");
        assertThat(ledger.json("accounts", "list")).hasSize(7);
        JsonNode newest = ledger.json("tx", "list", "--limit", "3");
        assertThat(newest).hasSize(3);

        CliRunner other = new CliRunner(otherRoot);
        other.init();
        other.runUnlocked("demo", "--transactions", "120", "--seed", "7", "--end", "2030-01-14");
        JsonNode again = new LedgerFixture(other).json("tx", "list", "--limit", "3");
        for (int i = 0; i < 3; i++) {
            for (String field : new String[] {"date", "account", "payee", "category", "amount"}) {
                assertThat(again.get(i).get(field))
                        .as(field)
                        .isEqualTo(newest.get(i).get(field));
            }
        }
    }

    @Test
    void demoRefusesAVaultWithAccountsAndACountOutOfRange() {
        ledger.ok("accounts", "add", "--name", "Mine", "--type", "cash", "--currency", "USD");

        Result notEmpty = cli.runUnlocked("demo", "--transactions", "10");
        Result tooMany = cli.runUnlocked("demo", "--transactions", "0");

        assertThat(notEmpty.code()).isEqualTo(1);
        assertThat(notEmpty.err()).contains("demo fills only an empty vault");
        assertThat(tooMany.code()).isEqualTo(2);
        assertThat(tooMany.err()).contains("Ask for 1 to 10000000 sample transactions, not 0");
        assertThat(ledger.json("accounts", "list")).hasSize(1);
    }
}
