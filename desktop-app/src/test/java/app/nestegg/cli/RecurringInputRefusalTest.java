package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refused {@code recurring} command exits 2 with a message naming what is wrong, and schedules nothing. The cases
 * share one vault with one detected series (clock at 2030-01-15): each checks it is still undecided afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecurringInputRefusalTest {

    CliRunner cli;
    LedgerFixture ledger;
    String series;

    @BeforeAll
    void setUp(@TempDir Path root) {
        cli = new CliRunner(root);
        cli.init();
        ledger = new LedgerFixture(cli).withAccounts();
        for (String day : List.of("2029-10-05", "2029-11-05", "2029-12-05", "2030-01-05")) {
            ledger.ok(
                    "tx", "add", "--account", "Everyday", "--date", day, "--amount", "-15.99", "--payee", "Streamflix");
        }
        ledger.ok("jobs", "run", "recurring-detection");
        series = ledger.json("recurring", "list")
                .get("detected")
                .get(0)
                .get("id")
                .asText();
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
