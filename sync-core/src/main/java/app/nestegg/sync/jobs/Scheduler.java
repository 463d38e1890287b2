package app.nestegg.sync.jobs;

import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.jobs.JobRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs the app's jobs inside the process (docs/decisions/0024-scheduled-work-in-process.md). Blocking: callers run
 * {@link #runDue()} off the JavaFX thread. Every attempt is recorded before it starts and after it ends, success only
 * once the job returned (its work committed); a failure is tried again with a growing wait, a daily job catches up
 * each missed day, and one job runs at a time. The job itself runs on a thread of the scheduler's own, so a job past
 * the hard time limit can be left behind without holding the caller.
 */
public final class Scheduler implements AutoCloseable {

    /** How long a job may run before it is asked to stop, and before it is left behind. */
    public record Limits(Duration soft, Duration hard) {

        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(270), Duration.ofMinutes(5));

        public Limits {
            if (soft.compareTo(hard) > 0) {
                throw new IllegalArgumentException("the soft limit comes before the hard one");
            }
        }
    }

    /** At most this many missed daily runs are caught up, the newest ones. */
    public static final int MAX_CATCH_UP = 92;

    /** The MDC keys every log line of a job's run carries: the job's name and the run's id. */
    public static final String JOB_MDC_KEY = "job";

    public static final String RUN_MDC_KEY = "run";

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final Duration LOOK_EVERY = Duration.ofMillis(20);

    private final JobRuns runs;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Clock clock;
    private final ZoneId zone;
    private final RetryPolicy retry;
    private final RandomGenerator random;
    private final Limits limits;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private ExecutorService worker = newWorker();

    public Scheduler(JobRuns runs, List<Job> jobs, Clock clock) {
        this(runs, jobs, clock, RetryPolicy.DEFAULT, RandomGenerator.getDefault(), Limits.DEFAULT);
    }

    public Scheduler(
            JobRuns runs, List<Job> jobs, Clock clock, RetryPolicy retry, RandomGenerator random, Limits limits) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = clock.getZone();
        this.retry = Objects.requireNonNull(retry, "retry");
        this.random = Objects.requireNonNull(random, "random");
        this.limits = Objects.requireNonNull(limits, "limits");
        for (Job job : jobs) {
            if (this.jobs.putIfAbsent(job.name(), job) != null) {
                throw new IllegalArgumentException("two jobs are named " + job.name());
            }
        }
    }

    /**
     * Marks attempts a stopped app left running as abandoned, due for another try now. Call once when the vault was
     * unlocked, before the first {@link #runDue()}.
     */
    public int recoverUnfinished() {
        int found = runs.abandonUnfinished(clock.instant());
        if (found > 0) {
            LOG.info("{} scheduled job run(s) were cut short when the app last stopped; they run again", found);
        }
        return found;
    }

    /**
     * Runs every switched-on job that is due, each planned run in turn (a daily job's missed days oldest first), until
     * none is due, a run failed and waits for its retry, or the scheduler stops. Returns at once, running nothing, when
     * another call is running jobs.
     *
     * @return the attempts made, in order
     */
    public List<JobRun> runDue() {
        if (!oneAtATime.tryLock()) {
            return List.of();
        }
        try {
            List<JobRun> done = new ArrayList<>();
            for (Job job : jobs.values()) {
                if (!runs.enabled(job.name(), job.enabledByDefault())) {
                    continue;
                }
                Optional<PlannedRun> next = nextRun(job, clock.instant());
                while (next.isPresent() && !stopping.get()) {
                    JobRun run = execute(job, next.get());
                    done.add(run);
                    if (run.outcome() != JobOutcome.SUCCEEDED && run.retryAt() != null) {
                        break;
                    }
                    next = nextRun(job, clock.instant());
                }
            }
            return done;
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * Runs one job now, planned for now, whether or not it is due or switched on ("Run now").
     *
     * @throws IllegalArgumentException when there is no such job
     * @throws IllegalStateException when a job is running, or the scheduler stopped
     */
    public JobRun runNow(String name) {
        Job job = job(name);
        if (!oneAtATime.tryLock()) {
            throw new IllegalStateException("Another scheduled job is running; try again when it is done.");
        }
        try {
            if (stopping.get()) {
                throw new IllegalStateException("The scheduler stopped because the vault is locking.");
            }
            return execute(job, new PlannedRun(clock.instant(), 1));
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Every job with its last attempt and its next run. */
    public List<JobStatus> statuses() {
        Instant now = clock.instant();
        List<JobStatus> statuses = new ArrayList<>();
        for (Job job : jobs.values()) {
            JobRun last = runs.latest(job.name()).orElse(null);
            Instant next = waitingRetry(last)
                    ? last.retryAt()
                    : job.schedule().next(last == null ? null : last.plannedAt(), now, zone);
            statuses.add(new JobStatus(
                    job.name(), job.schedule(), runs.enabled(job.name(), job.enabledByDefault()), last, next));
        }
        return statuses;
    }

    /** @throws IllegalArgumentException when there is no such job */
    public void setEnabled(String name, boolean enabled) {
        runs.setEnabled(job(name).name(), enabled);
    }

    /** Asks a running job to stop and runs nothing more, without waiting: for the vault locking. */
    public void requestStop() {
        stopping.set(true);
    }

    /**
     * Asks a running job to stop, waits up to {@code grace} for it, and runs nothing more: for the vault locking. A
     * job that does not stop in time is left behind; its attempt stays RUNNING and is taken up at the next unlock.
     */
    public void stop(Duration grace) {
        stopping.set(true);
        try {
            if (oneAtATime.tryLock(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                oneAtATime.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // no interrupt, for the reason given at leaveBehind
        worker.shutdown();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    private Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException(
                    "No job named '" + name + "'; the jobs are " + String.join(", ", jobs.keySet()));
        }
        return job;
    }

    private Optional<PlannedRun> nextRun(Job job, Instant now) {
        Optional<JobRun> latest = runs.latest(job.name());
        if (latest.isPresent() && waitingRetry(latest.get())) {
            JobRun last = latest.get();
            return now.isBefore(last.retryAt())
                    ? Optional.empty()
                    : Optional.of(new PlannedRun(last.plannedAt(), last.attempt() + 1));
        }
        if (latest.isPresent() && latest.get().outcome() == JobOutcome.RUNNING) {
            return Optional.empty();
        }
        Instant settled = latest.map(JobRun::plannedAt).orElse(null);
        List<Instant> due = job.schedule().due(settled, now, zone, MAX_CATCH_UP);
        return due.stream().findFirst().map(planned -> new PlannedRun(planned, 1));
    }

    private static boolean waitingRetry(JobRun run) {
        return run != null && run.outcome().failed() && run.retryAt() != null;
    }

    private JobRun execute(Job job, PlannedRun planned) {
        JobRun run = runs.start(job.name(), planned.plannedAt(), planned.attempt());
        try (MDC.MDCCloseable jobKey = MDC.putCloseable(JOB_MDC_KEY, job.name());
                MDC.MDCCloseable runKey = MDC.putCloseable(RUN_MDC_KEY, String.valueOf(run.id()))) {
            return supervise(job, planned, run);
        }
    }

    /** Runs {@code job} on the worker thread, with the caller's MDC, and waits for it within the limits. */
    private JobRun supervise(Job job, PlannedRun planned, JobRun run) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        // The limits count on the scheduler's own clock, which the deadlines are checked against.
        Instant started = clock.instant();
        Instant hardDeadline = started.plus(limits.hard());
        JobContext context =
                new JobContext(planned.plannedAt(), planned.attempt(), clock, started.plus(limits.soft()), stopping);
        Future<?> work = worker.submit(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                job.run(context);
            } finally {
                MDC.clear();
            }
            return null;
        });
        while (true) {
            try {
                work.get(LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("Job {} ran for {} (attempt {})", job.name(), planned.plannedAt(), planned.attempt());
                return runs.finish(run.id(), JobOutcome.SUCCEEDED, null, null);
            } catch (TimeoutException stillRunning) {
                if (!clock.instant().isBefore(hardDeadline)) {
                    leaveBehind(work);
                    return failed(
                            run,
                            JobOutcome.TIMED_OUT,
                            "Ran past the " + minutes(limits.hard()) + " limit and was stopped; it runs again later.");
                }
            } catch (ExecutionException e) {
                return failed(run, JobOutcome.FAILED, reason(job, e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                leaveBehind(work);
                return failed(run, JobOutcome.ABANDONED, "The app stopped while this ran.");
            }
        }
    }

    /**
     * Leaves the job to end on its own thread and gives the next one a fresh thread. The job is not interrupted: an
     * interrupt that reaches a thread in (or before) an H2 file access closes the database file for the whole vault.
     */
    private void leaveBehind(Future<?> work) {
        work.cancel(false);
        worker.shutdown();
        worker = newWorker();
    }

    private JobRun failed(JobRun run, JobOutcome outcome, String message) {
        Instant retryAt =
                retry.retriesAfter(run.attempt()) ? clock.instant().plus(retry.delay(run.attempt(), random)) : null;
        LOG.warn(
                "Job {} for {} attempt {} ended {}: {}; {}",
                run.job(),
                run.plannedAt(),
                run.attempt(),
                outcome,
                message,
                retryAt == null ? "given up" : "next try " + retryAt);
        return runs.finish(run.id(), outcome, message, retryAt);
    }

    private static String reason(Job job, Throwable failure) {
        if (failure instanceof JobStopped stopped) {
            return stopped.getMessage();
        }
        if (failure instanceof RuntimeException && !(failure instanceof app.nestegg.vault.VaultException)) {
            LOG.error("Job {} failed on an unexpected error", job.name(), failure);
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + "-minute";
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "nest-egg-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    private record PlannedRun(Instant plannedAt, int attempt) {}
}
