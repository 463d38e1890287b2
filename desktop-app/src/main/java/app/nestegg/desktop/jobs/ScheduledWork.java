package app.nestegg.desktop.jobs;

import app.nestegg.desktop.bank.BankAccess;
import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.sync.jobs.AppJobs;
import app.nestegg.sync.jobs.JobStatus;
import app.nestegg.sync.jobs.Scheduler;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.jobs.JobRun;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's scheduled work while a vault is unlocked (docs/decisions/0024-scheduled-work-in-process.md): on unlock the
 * attempts a stopped app left unfinished are taken up and what is due runs, then every minute the scheduler is asked
 * again. The work runs on the shared worker thread, one look queued at a time; locking asks the running job to stop
 * and runs nothing more, and the lock queued behind it waits for the job to end. Called on the JavaFX thread.
 */
public final class ScheduledWork {

    /** How often the scheduler is asked what is due. */
    public static final Duration LOOK_EVERY = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledWork.class);

    /** Calls {@code tick} every {@code every} until the returned action stops it. */
    @FunctionalInterface
    public interface Ticker {
        Runnable every(Duration every, Runnable tick);
    }

    private final Scheduler scheduler;
    private final TaskExecutor executor;
    private final Ticker ticker;
    private Runnable stopTicking = () -> {};
    private Runnable afterRound = () -> {};
    private boolean queued;
    private boolean recovered;
    private boolean stopped;

    /** The app's jobs (snapshots, bank sync, prices, interest, backup, cleanup) for the session {@code bank} reaches. */
    public static ScheduledWork of(BankAccess bank, TaskExecutor executor, Ticker ticker) {
        // The scheduler compares its clock with the times the vault stamps on job runs, so it reads the vault's clock
        // (in the app's time zone for daily times).
        Clock clock = bank.session().ledger().clock().withZone(bank.clock().getZone());
        SharedFolder household = new SharedFolder(bank.session().household(), clock);
        Scheduler scheduler = AppJobs.scheduler(
                bank.session().ledger(), bank.session().backups(), bank.engine(), bank.quotes(), household, clock);
        return new ScheduledWork(scheduler, executor, ticker);
    }

    public ScheduledWork(Scheduler scheduler, TaskExecutor executor, Ticker ticker) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.ticker = ticker;
    }

    /** Runs {@code action} on the JavaFX thread after each look that ran a job, while not stopped. */
    public void afterEachRound(Runnable action) {
        this.afterRound = action;
    }

    public void start() {
        look();
        stopTicking = ticker.every(LOOK_EVERY, this::look);
    }

    /** Runs what is due now, unless a look is already queued or running. */
    public void look() {
        if (queued || stopped) {
            return;
        }
        queued = true;
        boolean recover = !recovered;
        recovered = true;
        executor.execute(
                () -> {
                    if (recover) {
                        scheduler.recoverUnfinished();
                    }
                    return scheduler.runDue();
                },
                this::ran,
                failure -> {
                    queued = false;
                    LOG.warn("Scheduled work could not run: {}", failure.getMessage());
                });
    }

    private void ran(List<JobRun> runs) {
        queued = false;
        if (!runs.isEmpty()) {
            LOG.debug("Scheduled work ran {} attempt(s)", runs.size());
            if (!stopped) {
                afterRound.run();
            }
        }
    }

    /** Every job with its last and next run; blocks on the vault. */
    public List<JobStatus> statuses() {
        return scheduler.statuses();
    }

    /** Runs one job now, due or not; blocks until it ended. */
    public JobRun runNow(String name) {
        return scheduler.runNow(name);
    }

    /** Switches a job on or off; blocks on the vault. */
    public void setEnabled(String name, boolean enabled) {
        scheduler.setEnabled(name, enabled);
    }

    /** The vault is locking: the running job is asked to stop, and nothing more starts. */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopTicking.run();
        scheduler.requestStop();
        executor.execute(
                () -> {
                    scheduler.close();
                    return null;
                },
                ignored -> {},
                failure -> LOG.warn("Scheduled work did not stop cleanly: {}", failure.getMessage()));
    }
}
