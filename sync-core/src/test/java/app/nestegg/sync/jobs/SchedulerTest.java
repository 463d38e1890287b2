package app.nestegg.sync.jobs;

import static java.math.BigDecimal.ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.MutableClock;
import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.jobs.JobRuns;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler on a real vault with a clock the test moves. */
class SchedulerTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path folder;

    LedgerFixture fx;
    MutableClock clock;
    JobRuns runs;
    final List<Scheduler> schedulers = new ArrayList<>();

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        clock = fx.vaults.clock; // 2026-11-27T10:00:00Z
        runs = fx.ledger.jobRuns();
    }

    @AfterEach
    void close() {
        schedulers.forEach(Scheduler::close);
        fx.close();
    }

    /** A job that records the planned times it ran for, and does what the test asks on each run. */
    static final class ProbeJob implements Job {
        final String name;
        final Schedule schedule;
        final List<Instant> planned = new ArrayList<>();
        volatile Work work = context -> {};

        interface Work {
            void run(JobContext context) throws Exception;
        }

        ProbeJob(String name, Schedule schedule) {
            this.name = name;
            this.schedule = schedule;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Schedule schedule() {
            return schedule;
        }

        @Override
        public void run(JobContext context) throws Exception {
            work.run(context);
            synchronized (planned) {
                planned.add(context.plannedAt());
            }
        }
    }

    private Scheduler scheduler(Job... jobs) {
        Scheduler scheduler = new Scheduler(
                runs, List.of(jobs), clock, RetryPolicy.DEFAULT, RetryPolicyTest.NO_JITTER, Scheduler.Limits.DEFAULT);
        schedulers.add(scheduler);
        return scheduler;
    }

    private static ProbeJob daily(String name) {
        return new ProbeJob(name, new Schedule.DailyAt(LocalTime.of(2, 0)));
    }

    private static ProbeJob everySixHours(String name) {
        return new ProbeJob(name, new Schedule.Every(Duration.ofHours(6)));
    }

    @Test
    void aDailyJobRunsForTodayThenCatchesUpEveryMissedDay() {
        ProbeJob snapshot = daily("snapshot");
        Scheduler scheduler = scheduler(snapshot);

        assertThat(scheduler.runDue()).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
            assertThat(run.plannedAt()).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
        });
        assertThat(scheduler.runDue()).as("nothing more today").isEmpty();

        clock.advance(Duration.ofDays(3));
        List<JobRun> caughtUp = scheduler.runDue();

        assertThat(caughtUp)
                .extracting(JobRun::plannedAt)
                .containsExactly(
                        Instant.parse("2026-11-28T02:00:00Z"),
                        Instant.parse("2026-11-29T02:00:00Z"),
                        Instant.parse("2026-11-30T02:00:00Z"));
        assertThat(snapshot.planned).hasSize(4);
    }

    @Test
    void anIntervalJobRunsOncePerInterval() {
        ProbeJob sync = everySixHours("bank-sync");
        Scheduler scheduler = scheduler(sync);

        assertThat(scheduler.runDue()).hasSize(1);
        clock.advance(Duration.ofHours(5));
        assertThat(scheduler.runDue()).isEmpty();
        clock.advance(Duration.ofHours(30));
        assertThat(scheduler.runDue()).hasSize(1);
        assertThat(scheduler.statuses()).singleElement().satisfies(status -> {
            assertThat(status.enabled()).isTrue();
            assertThat(status.lastRun().outcome()).isEqualTo(JobOutcome.SUCCEEDED);
            assertThat(status.nextRun()).isEqualTo(clock.instant().plus(Duration.ofHours(6)));
        });
    }

    @Test
    void aFailingRunIsTriedAgainAfter1Then2Then4Then8MinutesAndGivenUpAfterFiveAttempts() {
        ProbeJob sync = everySixHours("bank-sync");
        sync.work = context -> {
            throw new IllegalStateException("the bank is down");
        };
        Scheduler scheduler = scheduler(sync);
        Instant planned = clock.instant();
        List<Duration> waits = new ArrayList<>();

        for (int attempt = 1; attempt <= 5; attempt++) {
            JobRun run = scheduler.runDue().getFirst();
            assertThat(run.attempt()).isEqualTo(attempt);
            assertThat(run.plannedAt()).isEqualTo(planned);
            assertThat(run.outcome()).isEqualTo(JobOutcome.FAILED);
            assertThat(run.errorMessage()).isEqualTo("the bank is down");
            if (run.retryAt() == null) {
                break;
            }
            Duration wait = Duration.between(clock.instant(), run.retryAt());
            waits.add(wait);
            clock.advance(wait.minusSeconds(1));
            assertThat(scheduler.runDue()).as("not before the retry time").isEmpty();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(waits)
                .containsExactly(
                        Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8));
        assertThat(runs.latest("bank-sync").orElseThrow().retryAt())
                .as("given up")
                .isNull();
        assertThat(scheduler.runDue())
                .as("the next interval, not another attempt")
                .isEmpty();
        clock.advance(Duration.ofHours(6));
        sync.work = context -> {};
        assertThat(scheduler.runDue()).singleElement().satisfies(run -> {
            assertThat(run.attempt()).isEqualTo(1);
            assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        });
    }

    @Test
    void aRunCutShortByAStoppedAppRunsAgainForTheSamePlannedTimeWithOneEffect() {
        Instant planned = Instant.parse("2026-11-27T02:00:00Z");
        runs.start("snapshot", planned, 1); // the app stopped during this attempt
        AtomicInteger effects = new AtomicInteger();
        List<Instant> done = new ArrayList<>();
        ProbeJob snapshot = daily("snapshot");
        snapshot.work = context -> {
            if (!done.contains(context.plannedAt())) { // idempotent: the day's work happens once
                done.add(context.plannedAt());
                effects.incrementAndGet();
            }
        };
        Scheduler scheduler = scheduler(snapshot);

        assertThat(scheduler.recoverUnfinished()).isEqualTo(1);
        List<JobRun> ran = scheduler.runDue();

        assertThat(ran).singleElement().satisfies(run -> {
            assertThat(run.plannedAt()).isEqualTo(planned);
            assertThat(run.attempt()).isEqualTo(2);
            assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        });
        assertThat(runs.history("snapshot", 10))
                .extracting(JobRun::outcome)
                .containsExactly(JobOutcome.SUCCEEDED, JobOutcome.ABANDONED);
        assertThat(scheduler.runDue()).isEmpty();
        assertThat(effects).hasValue(1);
    }

    @Test
    void theSoftLimitAsksTheJobToStopAndItKeepsWhatItSaved() {
        AtomicInteger units = new AtomicInteger();
        ProbeJob prices = everySixHours("prices");
        prices.work = context -> {
            while (true) {
                units.incrementAndGet(); // a unit of work that commits on its own
                clock.advance(Duration.ofMinutes(1));
                context.checkStop();
            }
        };
        Scheduler scheduler = scheduler(prices);

        JobRun run = scheduler.runDue().getFirst();

        assertThat(units).as("stopped at the first check after 4.5 minutes").hasValue(5);
        assertThat(run.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(run.errorMessage()).startsWith("Stopped at the time limit");
        assertThat(run.retryAt()).isNotNull();
    }

    @Test
    void theHardLimitLeavesTheJobBehindAndTheNextJobStillRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        ProbeJob stuck = everySixHours("stuck");
        stuck.work = context -> {
            clock.advance(Duration.ofMinutes(6));
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        };
        ProbeJob next = everySixHours("next");
        Scheduler scheduler = scheduler(stuck, next);

        List<JobRun> ran = scheduler.runDue();

        assertThat(ran)
                .extracting(JobRun::job, JobRun::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("stuck", JobOutcome.TIMED_OUT),
                        org.assertj.core.groups.Tuple.tuple("next", JobOutcome.SUCCEEDED));
        assertThat(ran.getFirst().errorMessage()).contains("5-minute limit");
        assertThat(ran.getFirst().retryAt()).isNotNull();
        release.countDown();
        assertThat(interrupted).as("left to end by itself, not interrupted").isFalse();
    }

    @Test
    void aJobLeftBehindInTheMiddleOfWritingIsNotInterruptedAndTheVaultStaysUsable() throws Exception {
        // An interrupt that reaches a thread inside (or before) an H2 file access closes the file for the whole vault.
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        ProbeJob writer = everySixHours("writer");
        writer.work = context -> {
            clock.advance(Duration.ofMinutes(6));
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            try {
                for (int i = 0; System.nanoTime() < until; i++) {
                    fx.ledger.accounts().add(AccountDraft.of("Left behind " + i, AccountType.CHECKING, USD, ZERO));
                }
                if (Thread.currentThread().isInterrupted()) {
                    failure.set(new AssertionError("the job's thread was interrupted"));
                }
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                ended.countDown();
            }
        };
        Scheduler scheduler = scheduler(writer);

        assertThat(scheduler.runDue()).extracting(JobRun::outcome).containsExactly(JobOutcome.TIMED_OUT);

        assertThat(ended.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isNull();
        fx.ledger.accounts().add(AccountDraft.of("After the limit", AccountType.CHECKING, USD, ZERO));
        assertThat(fx.ledger.accounts().list()).extracting(Account::name).contains("After the limit");
    }

    @Test
    void oneRunAtATime() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ProbeJob slow = everySixHours("slow");
        slow.work = context -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
        };
        Scheduler scheduler = scheduler(slow);

        CompletableFuture<List<JobRun>> first = CompletableFuture.supplyAsync(scheduler::runDue);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(scheduler.runDue())
                .as("a second call while one runs does nothing")
                .isEmpty();
        assertThatThrownBy(() -> scheduler.runNow("slow"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("running");
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).hasSize(1);
        assertThat(slow.planned).hasSize(1);
    }

    @Test
    void aSwitchedOffJobWaitsButRunNowRunsIt() {
        ProbeJob interest = daily("interest");
        Scheduler scheduler = scheduler(interest);
        scheduler.setEnabled("interest", false);

        assertThat(scheduler.runDue()).isEmpty();
        assertThat(scheduler.statuses().getFirst().enabled()).isFalse();

        JobRun run = scheduler.runNow("interest");

        assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(run.plannedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> scheduler.runNow("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No job named 'nope'; the jobs are interest");
    }

    @Test
    void stoppingAsksTheRunningJobToStopAndRunsNothingMore() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawStop = new AtomicBoolean();
        ProbeJob sync = everySixHours("bank-sync");
        sync.work = context -> {
            started.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!context.stopRequested() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            sawStop.set(context.stopRequested());
            context.checkStop();
        };
        Scheduler scheduler = scheduler(sync);
        CompletableFuture<List<JobRun>> running = CompletableFuture.supplyAsync(scheduler::runDue);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        scheduler.stop(Duration.ofSeconds(10));

        assertThat(sawStop).isTrue();
        assertThat(running.get(10, TimeUnit.SECONDS)).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(JobOutcome.FAILED);
            assertThat(run.errorMessage()).contains("vault is locking");
        });
        clock.advance(Duration.ofDays(1));
        assertThat(scheduler.runDue()).isEmpty();
    }
}
