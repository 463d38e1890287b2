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

class BackupCommandsTest {

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
    void theFirstCommandOfTheDayTakesADailyBackupAndBackupNowAddsOne() {
        ledger.ok("accounts", "list");

        Result now = ledger.ok("backup", "now");
        JsonNode list = ledger.json("backup", "list");

        assertThat(now.out()).startsWith("Backup written: ").contains("-manual.zip");
        assertThat(list.findValuesAsText("kind")).containsExactly("manual", "daily");
        assertThat(list.get(0).get("size_bytes").asLong()).isPositive();
        assertThat(ledger.ok("backup", "list").out())
                .contains("manual")
                .contains("daily")
                .contains("KiB");
    }

    @Test
    void restoreWithoutYesChangesNothing() {
        ledger.ok("backup", "now");
        String name = ledger.json("backup", "list").get(0).get("name").asText();

        Result refused = cli.runUnlocked("restore", name);

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("Add --yes");
        assertThat(ledger.json("backup", "list")).hasSize(2);
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheStateBeforeIt() {
        ledger.ok("accounts", "add", "--name", "Checking", "--type", "checking", "--currency", "USD");
        ledger.ok("backup", "now");
        String backup = ledger.json("backup", "list").get(0).get("name").asText();
        ledger.ok("accounts", "add", "--name", "Later", "--type", "checking", "--currency", "USD");

        Result restored = ledger.ok("restore", backup, "--yes");

        assertThat(restored.out()).contains("Restored " + backup).contains("-before-restore.zip");
        assertThat(names(ledger.json("accounts", "list"))).containsExactly("Checking");
        assertThat(ledger.json("backup", "list").findValuesAsText("kind")).contains("before-restore");
    }

    @Test
    void anUnknownBackupIsAUsageError() {
        Result result = cli.runUnlocked("restore", "nestegg-19990101T000000000Z-manual.zip", "--yes");

        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("No backup named nestegg-19990101T000000000Z-manual.zip");
    }

    @Test
    void backupWithoutASubcommandIsAUsageError() {
        Result result = cli.runUnlocked("backup");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Give a backup command (now, list)");
    }

    private static List<String> names(JsonNode accounts) {
        List<String> names = new ArrayList<>();
        accounts.forEach(account -> names.add(account.get("name").asText()));
        return names;
    }
}
