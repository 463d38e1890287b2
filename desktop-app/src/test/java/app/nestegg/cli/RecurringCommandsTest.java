package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recurring} on a real vault with the clock at 2030-01-15: detect, confirm, enter when due, dismiss. */
class RecurringCommandsTest {

    @TempDir
    Path root;

    CliRunner cli;
    LedgerFixture ledger;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
        for (String day : List.of("2029-10-05", "2029-11-05", "2029-12-05", "2030-01-05")) {
            ledger.ok(
                    "tx", "add", "--account", "Everyday", "--date", day, "--amount", "-15.99", "--payee", "Streamflix");
        }
        ledger.ok("jobs", "run", "recurring-detection");
    }

    private JsonNode detected() {
        return ledger.json("recurring", "list").get("detected");
    }

    private long streamflixRows() {
        List<JsonNode> rows = new ArrayList<>();
        ledger.transactions().forEach(rows::add);
        return rows.stream()
                .filter(row -> row.get("payee").asText().equals("Streamflix"))
                .count();
    }

    @Test
    void aConfirmedAutoSeriesIsScheduledAndEnteredByTheJobWhenDue() {
        JsonNode series = detected().get(0);
        assertThat(series.get("payee").asText()).isEqualTo("Streamflix");
        assertThat(series.get("cadence").asText()).isEqualTo("monthly");
        assertThat(series.get("next_date").asText()).isEqualTo("2030-02-05");
        assertThat(series.get("next_amount").asText()).isEqualTo("-15.99");
        assertThat(series.get("occurrences").asInt()).isEqualTo(4);
        assertThat(cli.runUnlocked("recurring", "list").out()).contains("Streamflix", "next 2030-02-05, seen 4 times");

        Result confirm = ledger.ok(
                "recurring",
                "confirm",
                series.get("id").asText(),
                "--amount",
                "17.99",
                "--category",
                "Subscriptions",
                "--auto");
        assertThat(confirm.out()).contains("Scheduled 'Streamflix': -17.99 monthly from 2030-02-05 (auto)");

        JsonNode listed = ledger.json("recurring", "list");
        assertThat(listed.get("detected")).isEmpty();
        JsonNode scheduled = listed.get("scheduled").get(0);
        assertThat(scheduled.get("amount").asText()).isEqualTo("-17.99");
        assertThat(scheduled.get("category").asText()).isEqualTo("Subscriptions");
        assertThat(scheduled.get("mode").asText()).isEqualTo("auto");
        assertThat(listed.get("upcoming").get(0).get("date").asText()).isEqualTo("2030-02-05");

        cli.clock.set(Instant.parse("2030-02-06T09:00:00Z"));
        ledger.ok("jobs", "run", "scheduled-transactions");
        ledger.ok("jobs", "run", "scheduled-transactions");

        assertThat(streamflixRows()).isEqualTo(5);
        assertThat(ledger.json("recurring", "list")
                        .get("scheduled")
                        .get(0)
                        .get("next_due")
                        .asText())
                .isEqualTo("2030-03-05");
    }

    @Test
    void approveItemsAreEnteredOrSkippedByHandAndDismissedSeriesStayAway() {
        String id = detected().get(0).get("id").asText();
        ledger.ok("recurring", "confirm", id);
        String scheduledId = ledger.json("recurring", "list")
                .get("scheduled")
                .get(0)
                .get("id")
                .asText();

        assertThat(ledger.ok("recurring", "skip", scheduledId).out()).contains("Skipped 'Streamflix' due 2030-02-05");
        assertThat(ledger.ok("recurring", "enter", scheduledId).out()).contains("Entered 'Streamflix' due 2030-03-05");
        assertThat(streamflixRows()).isEqualTo(5);

        for (String day : List.of("2029-10-10", "2029-11-10", "2029-12-10", "2030-01-10")) {
            ledger.ok("tx", "add", "--account", "Savings", "--date", day, "--amount", "-3", "--payee", "Fee");
        }
        ledger.ok("jobs", "run", "recurring-detection");
        String fee = detected().get(0).get("id").asText();
        assertThat(ledger.ok("recurring", "dismiss", fee).out()).contains("Dismissed 'Fee'");
        ledger.ok("jobs", "run", "recurring-detection");
        assertThat(detected()).isEmpty();
        assertThat(ledger.json("recurring", "list", "--all")
                        .get("detected")
                        .get(0)
                        .get("state")
                        .asText())
                .isEqualTo("dismissed");
    }
}
