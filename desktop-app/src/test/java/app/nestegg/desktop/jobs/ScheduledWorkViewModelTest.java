package app.nestegg.desktop.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.bank.BankAccess;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.sync.jobs.Job;
import app.nestegg.sync.jobs.JobContext;
import app.nestegg.sync.jobs.RetryPolicy;
import app.nestegg.sync.jobs.Schedule;
import app.nestegg.sync.jobs.Scheduler;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledWorkViewModelTest {

    private static final ScheduledWork.Ticker NO_TICKS = (every, tick) -> () -> {};

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private ScheduledWork work;
    private ScheduledWorkViewModel jobs;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        work = ScheduledWork.of(
                new BankAccess(kit.session, Map.of(), kit.vaults.clock()), new SameThreadTaskExecutor(), NO_TICKS);
        jobs = new ScheduledWorkViewModel(work, new SameThreadTaskExecutor(), TestVaults.messages());
        jobs.refresh();
    }

    @AfterEach
    void tearDown() {
        work.stop();
        kit.close();
    }

    private JobRow row(String name) {
        return jobs.rows().stream()
                .filter(row -> row.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachJobShowsItsScheduleAndThatItNeverRan() {
        assertThat(jobs.rows())
                .extracting(JobRow::title)
                .containsExactly(
                        "Net-worth snapshot",
                        "Bank sync",
                        "Household shared folder",
                        "Bills and subscriptions detection",
                        "Scheduled transactions",
                        "Budget alerts",
                        "Overdraft warnings from the forecast",
                        "Bills due",
                        "Price update",
                        "Interest",
                        "Daily backup",
                        "Cleanup");
        assertThat(row("net-worth-snapshot").schedule()).isEqualTo("Daily at 00:05");
        assertThat(row("bank-sync").schedule()).isEqualTo("Every 6 hours");
        assertThat(row("budget-alerts").schedule()).isEqualTo("Every 30 minutes");
        assertThat(row("bank-sync").lastRun()).isEqualTo("never");
        assertThat(row("bank-sync").enabled()).isTrue();
        assertThat(row("scheduled-transactions").schedule()).isEqualTo("Every hour");
    }

    @Test
    void runNowRunsTheJobAndShowsHowItEnded() {
        jobs.runNow(row("net-worth-snapshot"));

        assertThat(jobs.errorProperty().get()).isEmpty();
        assertThat(jobs.statusProperty().get()).isEqualTo("Net-worth snapshot ran.");
        assertThat(row("net-worth-snapshot").lastRun()).endsWith(", done");
    }

    @Test
    void aJobSwitchedOffStaysOff() {
        jobs.setEnabled(row("bank-sync"), false);

        assertThat(row("bank-sync").enabled()).isFalse();
        assertThat(work.statuses().get(1).enabled()).isFalse();
    }

    @Test
    void aFailedRunShowsItsErrorOnTheCard() {
        Job failing = new Job() {
            @Override
            public String name() {
                return "net-worth-snapshot";
            }

            @Override
            public Schedule schedule() {
                return new Schedule.DailyAt(LocalTime.of(0, 5));
            }

            @Override
            public void run(JobContext context) {
                throw new IllegalStateException("No exchange rate for EUR on 2026-02-28");
            }
        };
        ScheduledWork failingWork = new ScheduledWork(
                new Scheduler(
                        kit.ledger.jobRuns(),
                        List.of(failing),
                        kit.vaults.clock(),
                        RetryPolicy.DEFAULT,
                        RandomGenerator.getDefault(),
                        Scheduler.Limits.DEFAULT),
                new SameThreadTaskExecutor(),
                NO_TICKS);
        ScheduledWorkViewModel failingJobs =
                new ScheduledWorkViewModel(failingWork, new SameThreadTaskExecutor(), TestVaults.messages());
        failingJobs.refresh();

        failingJobs.runNow(failingJobs.rows().getFirst());

        assertThat(failingJobs.errorProperty().get())
                .isEqualTo("Net-worth snapshot failed: No exchange rate for EUR on 2026-02-28");
        assertThat(failingJobs.rows().getFirst().error()).isEqualTo("No exchange rate for EUR on 2026-02-28");
        assertThat(failingJobs.rows().getFirst().lastRun()).endsWith(", failed");
        failingWork.stop();
    }
}
