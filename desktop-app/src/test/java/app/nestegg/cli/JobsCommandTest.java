package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobs list}, {@code jobs run} and {@code jobs run-due} on a real vault with a clock the test moves. */
class JobsCommandTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
    }

    private JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        Result result = cli.runUnlocked(all.toArray(String[]::new));
        assertThat(result.code()).as(result.toString()).isZero();
        return BankFixture.parse(result.out());
    }

    @Test
    void listShowsEachJobNeverRunAndDueNow() {
        JsonNode jobs = json("jobs", "list");

        assertThat(jobs)
                .extracting(job -> job.get("name").asText())
                .containsExactly(
                        "net-worth-snapshot",
                        "bank-sync",
                        "household-folder",
                        "recurring-detection",
                        "scheduled-transactions",
                        "budget-alerts",
                        "forecast-warnings",
                        "bills-due",
                        "price-update",
                        "interest",
                        "daily-backup",
                        "cleanup");
        assertThat(jobs.get(0).get("schedule").asText()).isEqualTo("daily at 00:05");
        assertThat(jobs.get(1).get("schedule").asText()).isEqualTo("every 6 hours");
        assertThat(jobs.get(2).get("schedule").asText()).isEqualTo("every 5 minutes");
        assertThat(jobs.get(3).get("schedule").asText()).isEqualTo("every 24 hours");
        assertThat(jobs.get(4).get("schedule").asText()).isEqualTo("every hour");
        assertThat(jobs.get(5).get("schedule").asText()).isEqualTo("every 30 minutes");
        assertThat(jobs.get(0).get("enabled").asBoolean()).isTrue();
        assertThat(jobs.get(0).get("last_run").isNull()).isTrue();
    }

    @Test
    void runDueRunsWhatIsDueOnceAndCatchesUpMissedDays() {
        Result first = cli.runUnlocked("jobs", "run-due");

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out())
                .contains("net-worth-snapshot for ")
                .contains("bank-sync for ")
                .contains(": done");
        assertThat(cli.runUnlocked("jobs", "run-due").out()).contains("No scheduled job is due.");

        cli.clock.advance(Duration.ofDays(3));
        JsonNode caughtUp = json("jobs", "run-due");

        assertThat(caughtUp)
                .extracting(run -> run.get("job").asText())
                .containsExactly(
                        "net-worth-snapshot",
                        "net-worth-snapshot",
                        "net-worth-snapshot",
                        "bank-sync",
                        "household-folder",
                        "recurring-detection",
                        "scheduled-transactions",
                        "budget-alerts",
                        "forecast-warnings",
                        "forecast-warnings",
                        "forecast-warnings",
                        "bills-due",
                        "price-update",
                        "interest",
                        "daily-backup",
                        "cleanup");
        assertThat(caughtUp)
                .allSatisfy(run -> assertThat(run.get("outcome").asText()).isEqualTo("SUCCEEDED"));
        JsonNode listed = json("jobs", "list");
        assertThat(listed.get(0).get("last_run").get("outcome").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void runStartsOneJobNowAndAnUnknownNameSaysWhichExist() {
        Result run = cli.runUnlocked("jobs", "run", "net-worth-snapshot");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("net-worth-snapshot for ").contains(": done");

        Result unknown = cli.runUnlocked("jobs", "run", "snapshots");

        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err())
                .contains(
                        "No job named 'snapshots'; the jobs are net-worth-snapshot, bank-sync, household-folder, recurring-detection, scheduled-transactions, budget-alerts, forecast-warnings, bills-due, price-update, interest, daily-backup, cleanup");
        Result missing = cli.runUnlocked("jobs");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Give a jobs command (list, run, run-due)");
    }
}
