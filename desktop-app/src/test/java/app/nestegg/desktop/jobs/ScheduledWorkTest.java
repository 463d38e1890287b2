package app.nestegg.desktop.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.sync.jobs.Job;
import app.nestegg.sync.jobs.JobContext;
import app.nestegg.sync.jobs.RetryPolicy;
import app.nestegg.sync.jobs.Schedule;
import app.nestegg.sync.jobs.Scheduler;
import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled work while a vault is unlocked: the first look on unlock, one look per tick, nothing after the lock. */
class ScheduledWorkTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private final List<Instant> ran = new ArrayList<>();
    private Runnable tick;
    private boolean ticking;
    private Scheduler scheduler;
    private ScheduledWork work;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        Job hourly = new Job() {
            @Override
            public String name() {
                return "hourly";
            }

            @Override
            public Schedule schedule() {
                return new Schedule.Every(Duration.ofHours(1));
            }

            @Override
            public void run(JobContext context) {
                ran.add(context.plannedAt());
            }
        };
        scheduler = new Scheduler(
                kit.ledger.jobRuns(),
                List.of(hourly),
                kit.vaults.clock(),
                RetryPolicy.DEFAULT,
                RandomGenerator.getDefault(),
                Scheduler.Limits.DEFAULT);
        work = new ScheduledWork(scheduler, new SameThreadTaskExecutor(), (every, action) -> {
            assertThat(every).isEqualTo(ScheduledWork.LOOK_EVERY);
            tick = action;
            ticking = true;
            return () -> ticking = false;
        });
    }

    @AfterEach
    void tearDown() {
        scheduler.close();
        kit.close();
    }

    @Test
    void unlockingTakesUpAnUnfinishedAttemptThenEachTickRunsWhatIsDue() {
        Instant planned = kit.vaults.clock().instant().minus(Duration.ofMinutes(30));
        kit.ledger.jobRuns().start("hourly", planned, 1); // the app stopped during this attempt

        work.start();

        assertThat(ran).containsExactly(planned);
        assertThat(kit.ledger.jobRuns().history("hourly", 5))
                .extracting(JobRun::outcome)
                .containsExactly(JobOutcome.SUCCEEDED, JobOutcome.ABANDONED);
        assertThat(ticking).isTrue();

        tick.run();
        assertThat(ran).as("not due again yet").hasSize(1);
        kit.vaults.clock().advance(Duration.ofMinutes(30));
        tick.run();
        assertThat(ran).hasSize(2);
    }

    @Test
    void afterTheLockNothingRuns() {
        work.start();

        work.stop();
        kit.vaults.clock().advance(Duration.ofHours(2));
        tick.run();
        work.look();

        assertThat(ticking).isFalse();
        assertThat(ran).hasSize(1);
        assertThatThrownBy(() -> scheduler.runNow("hourly")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterEachRoundThatRanAJobTheHookRunsUntilTheLock() {
        List<String> rounds = new ArrayList<>();
        work.afterEachRound(() -> rounds.add("round"));

        work.start();
        tick.run(); // nothing due
        assertThat(rounds).hasSize(1);

        kit.vaults.clock().advance(Duration.ofHours(1));
        tick.run();
        assertThat(rounds).hasSize(2);

        work.stop();
        kit.vaults.clock().advance(Duration.ofHours(1));
        work.look();
        assertThat(rounds).hasSize(2);
    }
}
