package app.nestegg.sync.jobs;

import app.nestegg.vault.jobs.JobRun;
import java.time.Instant;

/**
 * A job as Settings → Scheduled work and {@code nest-egg jobs list} show it.
 *
 * @param lastRun its newest attempt, or null when it never ran
 * @param nextRun when it runs next: a retry time, or the schedule's next planned time (in the past when due now)
 */
public record JobStatus(String name, Schedule schedule, boolean enabled, JobRun lastRun, Instant nextRun) {}
