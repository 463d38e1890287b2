package app.nestegg.vault.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.LedgerFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunsTest {

    private static final Instant PLANNED = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path folder;

    LedgerFixture fx;
    JobRuns runs;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        runs = fx.ledger.jobRuns();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anAttemptIsRecordedWhenItStartsAndWhenItEnds() {
        JobRun started = runs.start("net-worth-snapshot", PLANNED, 1);
        assertThat(started.outcome()).isEqualTo(JobOutcome.RUNNING);
        assertThat(started.startedAt()).isEqualTo(fx.vaults.clock.instant());
        assertThat(started.endedAt()).isNull();

        fx.vaults.clock.advance(Duration.ofSeconds(3));
        JobRun ended = runs.finish(started.id(), JobOutcome.SUCCEEDED, null, null);

        assertThat(ended.endedAt()).isEqualTo(started.startedAt().plusSeconds(3));
        assertThat(runs.latest("net-worth-snapshot")).contains(ended);
        assertThat(runs.latest("bank-sync")).isEmpty();
    }

    @Test
    void theLatestIsTheHighestAttemptOfTheNewestPlannedRun() {
        JobRun first = runs.start("bank-sync", PLANNED, 1);
        runs.finish(first.id(), JobOutcome.FAILED, "outage", PLANNED.plusSeconds(60));
        JobRun second = runs.start("bank-sync", PLANNED, 2);
        JobRun done = runs.finish(second.id(), JobOutcome.SUCCEEDED, null, null);

        assertThat(runs.latest("bank-sync")).contains(done);
        assertThat(runs.history("bank-sync", 10)).extracting(JobRun::attempt).containsExactly(2, 1);
    }

    @Test
    void attemptsLeftRunningByAStoppedAppAreAbandonedWithARetryTime() {
        runs.start("bank-sync", PLANNED, 1);
        Instant retry = fx.vaults.clock.instant();

        assertThat(runs.abandonUnfinished(retry)).isEqualTo(1);

        JobRun abandoned = runs.latest("bank-sync").orElseThrow();
        assertThat(abandoned.outcome()).isEqualTo(JobOutcome.ABANDONED);
        assertThat(abandoned.retryAt()).isEqualTo(retry);
        assertThat(abandoned.errorMessage()).isEqualTo("The app stopped while this ran.");
        assertThat(runs.abandonUnfinished(retry)).isZero();
    }

    @Test
    void aLongErrorIsShortenedAndARunCannotEndAsRunning() {
        JobRun run = runs.start("bank-sync", PLANNED, 1);

        JobRun ended = runs.finish(run.id(), JobOutcome.FAILED, "x".repeat(5000), null);

        assertThat(ended.errorMessage()).hasSize(JobRuns.MAX_MESSAGE).endsWith("…");
        assertThatThrownBy(() -> runs.finish(run.id(), JobOutcome.RUNNING, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runs.start("bank-sync", PLANNED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runs.start(" ", PLANNED, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJobIsOnUntilSwitchedOffAndTheChoiceIsKept() {
        assertThat(runs.enabled("recurring-detection", true)).isTrue();
        assertThat(runs.enabled("interest", false)).isFalse();

        runs.setEnabled("recurring-detection", false);
        runs.setEnabled("interest", true);

        assertThat(runs.enabled("recurring-detection", true)).isFalse();
        assertThat(runs.enabled("interest", false)).isTrue();
        runs.setEnabled("recurring-detection", true);
        assertThat(runs.enabled("recurring-detection", false)).isTrue();
    }

    @Test
    void oldRecordsAreRemovedButNotARunningOne() {
        JobRun old = runs.start("bank-sync", PLANNED, 1);
        runs.finish(old.id(), JobOutcome.SUCCEEDED, null, null);
        runs.start("net-worth-snapshot", PLANNED, 1);
        fx.vaults.clock.advance(Duration.ofDays(40));
        runs.start("bank-sync", PLANNED.plus(Duration.ofDays(40)), 1);

        assertThat(runs.deleteStartedBefore(fx.vaults.clock.instant().minus(Duration.ofDays(30))))
                .isEqualTo(1);
        assertThat(runs.history("bank-sync", 10)).hasSize(1);
        assertThat(runs.history("net-worth-snapshot", 10)).hasSize(1);
    }

    @Test
    void nothingReachesTheChangeLog() {
        int before = fx.changeLogSize();
        JobRun run = runs.start("bank-sync", PLANNED, 1);
        runs.finish(run.id(), JobOutcome.SUCCEEDED, null, null);
        runs.setEnabled("bank-sync", false);

        assertThat(fx.changeLogSize()).isEqualTo(before);
    }
}
