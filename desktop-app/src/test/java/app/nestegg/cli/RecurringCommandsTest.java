package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code recurring} on a real vault with the clock at 2030-01-15: detect, confirm, enter when due, and refusals. */
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

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(List.of("recurring", "confirm", "abc"), "'abc' is not a series id"),
                Arguments.of(
                        List.of("recurring", "confirm", "0190a4b2-0000-7000-8000-000000000000"),
                        "No detected series with id 0190a4b2-0000-7000-8000-000000000000"),
                Arguments.of(
                        List.of("recurring", "dismiss", "0190a4b2-0000-7000-8000-000000000000"),
                        "No detected series with id"),
                Arguments.of(
                        List.of("recurring", "enter", "0190a4b2-0000-7000-8000-000000000000"),
                        "No scheduled transaction with id"),
                Arguments.of(List.of("recurring", "skip", "nope"), "'nope' is not a scheduled transaction id"),
                Arguments.of(List.of("recurring", "confirm", "SERIES", "--amount", "lots"), "--amount: 'lots' is not"),
                Arguments.of(List.of("recurring", "confirm", "SERIES", "--amount", "-3"), "more than zero"),
                Arguments.of(List.of("recurring", "confirm", "SERIES", "--amount", "1.999"), "too many decimals"),
                Arguments.of(
                        List.of("recurring", "confirm", "SERIES", "--cadence", "fortnightly"),
                        "--cadence: 'fortnightly' is not a cadence; use one of weekly, biweekly, monthly"),
                Arguments.of(List.of("recurring", "confirm", "SERIES", "--first-due", "2030-01-01"), "before today"),
                Arguments.of(
                        List.of("recurring", "confirm", "SERIES", "--category", "Nothing"),
                        "No category named 'Nothing'"),
                Arguments.of(List.of("recurring", "confirm", "SERIES", "--auto", "--approve"), "mutually exclusive"),
                Arguments.of(List.of("recurring"), "Give a recurring command"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusedInputExits2AndSchedulesNothing(List<String> args, String message) {
        String series = detected().get(0).get("id").asText();
        Result result = cli.runUnlocked(
                args.stream().map(a -> a.equals("SERIES") ? series : a).toArray(String[]::new));

        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
        JsonNode listed = ledger.json("recurring", "list");
        assertThat(listed.get("scheduled")).isEmpty();
        assertThat(listed.get("detected").get(0).get("state").asText()).isEqualTo("detected");
    }
}
