package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code goals} on a real vault with the clock at 2030-01-15: adding, contributing, listing and refusals. */
class GoalsCommandsTest {

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
    void aContributionsGoalShowsItsProgressNeededPerMonthAndProjection() {
        Result add = cli.runUnlocked("goals", "add", "Trip", "--target", "1200", "--by", "2030-07-15");
        assertThat(add.code()).as(add.toString()).isZero();
        assertThat(add.out()).contains("Added goal 'Trip', 1200.00 USD");

        ledger.ok("goals", "contribute", "trip", "150", "--date", "2029-12-01", "--note", "December");
        Result contribute = cli.runUnlocked("goals", "contribute", "Trip", "150");
        assertThat(contribute.out()).contains("Added 150.00 USD to 'Trip': 300.00 of 1200.00 saved (25 %)");

        JsonNode trip = ledger.json("goals", "list").get(0);
        assertThat(trip.get("name").asText()).isEqualTo("Trip");
        assertThat(trip.get("funding").asText()).isEqualTo("contributions");
        assertThat(trip.get("saved").asText()).isEqualTo("300.00");
        assertThat(trip.get("remaining").asText()).isEqualTo("900.00");
        assertThat(trip.get("months_left").asInt()).isEqualTo(6);
        assertThat(trip.get("needed_per_month").asText()).isEqualTo("150.00");
        assertThat(trip.get("monthly_pace").asText()).isEqualTo("100.00");
        // 300 saved in the 92 days since 2029-10-15: 900 more takes 276 days
        assertThat(trip.get("projected_completion").asText()).isEqualTo("2030-10-18");
        assertThat(cli.runUnlocked("goals", "list").out())
                .contains(
                        "Trip",
                        "300.00 of 1200.00 USD",
                        "25 %",
                        "150.00 a month to 2030-07-15",
                        "at this pace 2030-10-18");
    }

    @Test
    void aLinkedGoalCountsTheAccountsBalance() {
        ledger.ok("goals", "add", "Cushion", "--target", "2000", "--account", "Everyday", "--account", "Savings");

        JsonNode goal = ledger.json("goals", "list").get(0);

        assertThat(goal.get("funding").asText()).isEqualTo("linked-accounts");
        assertThat(goal.get("saved").asText()).isEqualTo("1000.00");
        assertThat(goal.get("fraction").asDouble()).isEqualTo(0.5);
        assertThat(goal.get("target_date").isNull()).isTrue();
        assertThat(goal.get("needed_per_month").isNull()).isTrue();
        assertThat(goal.get("accounts")).extracting(JsonNode::asText).containsExactly("Everyday", "Savings");
    }

    @Test
    void achievedAndArchivedGoalsChangeStatusAndArchivedOnesNeedAll() {
        ledger.ok("goals", "add", "Bike", "--target", "300");
        ledger.ok("goals", "add", "Piano", "--target", "3000");
        cli.clock.set(Instant.parse("2030-02-01T09:00:00Z"));

        assertThat(ledger.ok("goals", "achieved", "Bike").out()).contains("Marked goal 'Bike' achieved on 2030-02-01");
        assertThat(ledger.ok("goals", "archive", "Piano").out()).contains("Archived goal 'Piano'");

        JsonNode usual = ledger.json("goals", "list");
        assertThat(usual).hasSize(1);
        assertThat(usual.get(0).get("status").asText()).isEqualTo("achieved");
        assertThat(usual.get(0).get("status_on").asText()).isEqualTo("2030-02-01");
        assertThat(ledger.json("goals", "list", "--all")).hasSize(2);
        assertThat(cli.runUnlocked("goals", "list", "--all").out()).contains("archived 2030-02-01");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        List.of("goals", "add", "Past", "--target", "10", "--by", "2030-01-14"),
                        "The target date 2030-01-14 is not after today (2030-01-15)"),
                Arguments.of(
                        List.of("goals", "add", "Now", "--target", "10", "--by", "2030-01-15"), "is not after today"),
                Arguments.of(List.of("goals", "add", "Zero", "--target", "0"), "target must be greater than zero"),
                Arguments.of(List.of("goals", "add", "Words", "--target", "lots"), "--target: 'lots' is not an amount"),
                Arguments.of(
                        List.of("goals", "add", "Date", "--target", "10", "--by", "soon"),
                        "--by: 'soon' is not a date"),
                Arguments.of(
                        List.of("goals", "add", "Cur", "--target", "10", "--currency", "XYZ"),
                        "Unknown currency 'XYZ'"),
                Arguments.of(
                        List.of("goals", "add", "Gone", "--target", "10", "--account", "Nowhere"),
                        "No account named 'Nowhere'"),
                Arguments.of(
                        List.of("goals", "add", "Closed", "--target", "10", "--account", "Old"),
                        "Account 'Old' is closed"),
                Arguments.of(List.of("goals", "add", "  ", "--target", "10"), "Name is empty"),
                Arguments.of(List.of("goals", "contribute", "Nope", "10"), "No goal named 'Nope'"),
                Arguments.of(List.of("goals", "achieved", "Nope"), "No goal named 'Nope'"),
                Arguments.of(List.of("goals", "add"), "Missing required"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusedInputExits2AndWritesNothing(List<String> args, String message) {
        Result result = cli.runUnlocked(args.toArray(String[]::new));

        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
        assertThat(ledger.json("goals", "list", "--all")).isEmpty();
    }

    @Test
    void refusedContributionsLeaveTheGoalAsItWas() {
        ledger.ok("goals", "add", "Trip", "--target", "100");
        ledger.ok("goals", "add", "Linked", "--target", "100", "--account", "Savings");

        for (List<String> args : List.of(
                List.of("goals", "contribute", "Trip", "0"),
                List.of("goals", "contribute", "Trip", "1.234"),
                List.of("goals", "contribute", "Trip", "-5"),
                List.of("goals", "contribute", "Trip", "5", "--date", "2030-01-16"),
                List.of("goals", "contribute", "Linked", "5"))) {
            Result result = cli.runUnlocked(args.toArray(String[]::new));
            assertThat(result.code()).as(result.toString()).isEqualTo(2);
            assertThat(result.err().lines()).hasSize(1);
        }
        assertThat(ledger.json("goals", "list").get(0).get("saved").asText()).isEqualTo("0.00");
    }
}
