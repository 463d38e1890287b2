package app.nestegg.vault.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One attempt at a job's planned run.
 *
 * @param plannedAt the run's place in the job's schedule (for a daily job, the day it is for)
 * @param attempt 1 for the first attempt at this planned run, then 2, 3, …
 * @param endedAt null while running
 * @param errorMessage why it did not succeed, or null
 * @param retryAt when a failed attempt may be tried again; null when it succeeded or no attempt is left
 */
public record JobRun(
        UUID id,
        String job,
        Instant plannedAt,
        int attempt,
        Instant startedAt,
        Instant endedAt,
        JobOutcome outcome,
        String errorMessage,
        Instant retryAt) {

    public JobRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
    }
}
