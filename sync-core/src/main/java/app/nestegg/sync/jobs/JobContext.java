package app.nestegg.sync.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a running job may ask the scheduler: which planned run this is, the time, and whether to stop. A job checks
 * {@link #checkStop()} between units of work that each commit, so stopping loses nothing already done.
 */
public final class JobContext {

    private final Instant plannedAt;
    private final int attempt;
    private final Clock clock;
    private final Instant softDeadline;
    private final AtomicBoolean stopRequested;

    JobContext(Instant plannedAt, int attempt, Clock clock, Instant softDeadline, AtomicBoolean stopRequested) {
        this.plannedAt = plannedAt;
        this.attempt = attempt;
        this.clock = clock;
        this.softDeadline = softDeadline;
        this.stopRequested = stopRequested;
    }

    /** The run's place in the schedule: for a daily job, the day (at its time) this run is for. */
    public Instant plannedAt() {
        return plannedAt;
    }

    /** 1 for the first attempt at this planned run. */
    public int attempt() {
        return attempt;
    }

    public Clock clock() {
        return clock;
    }

    /** Whether the job should save what it has and stop: the soft time limit passed, or the vault is locking. */
    public boolean stopRequested() {
        return stopRequested.get() || !clock.instant().isBefore(softDeadline);
    }

    /** Throws {@link JobStopped} when {@link #stopRequested()}. */
    public void checkStop() {
        if (stopRequested.get()) {
            throw new JobStopped("Stopped because the vault is locking; the rest follows at the next try.");
        }
        if (!clock.instant().isBefore(softDeadline)) {
            throw new JobStopped("Stopped at the time limit after saving its work; the rest follows at the next try.");
        }
    }
}
