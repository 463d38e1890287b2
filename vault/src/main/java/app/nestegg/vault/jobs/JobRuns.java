package app.nestegg.vault.jobs;

import static app.nestegg.vault.store.generated.Tables.JOB_RUN;
import static app.nestegg.vault.store.generated.Tables.JOB_SETTING;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.JobRunRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of scheduled work: every attempt at every planned run, each in a write of its own so it survives the
 * job's failure, and which jobs are switched on. Written before a job starts and after its work committed, so a run
 * found {@link JobOutcome#RUNNING} at the next unlock is one the app did not finish.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "job runs record this computer's own work, which no other household member repeats or merges")
public final class JobRuns {

    static final int MAX_MESSAGE = 1000;

    private final ChangeLog log;
    private final Clock clock;

    public JobRuns(ChangeLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Records that an attempt starts now. */
    public JobRun start(String job, Instant plannedAt, int attempt) {
        requireName(job);
        Objects.requireNonNull(plannedAt, "plannedAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more, not " + attempt);
        }
        return log.write(w -> {
            JobRunRecord record = w.dsl().newRecord(JOB_RUN);
            record.setId(Ids.newId());
            record.setJob(job);
            record.setPlannedAt(plannedAt);
            record.setAttempt(attempt);
            record.setStartedAt(clock.instant());
            record.setOutcome(JobOutcome.RUNNING.name());
            record.insert();
            return toRun(record);
        });
    }

    /**
     * Records how a running attempt ended.
     *
     * @param retryAt when a failed attempt may be tried again, or null
     */
    public JobRun finish(UUID runId, JobOutcome outcome, String errorMessage, Instant retryAt) {
        if (outcome == JobOutcome.RUNNING) {
            throw new IllegalArgumentException("a run ends with an outcome other than RUNNING");
        }
        return log.write(w -> {
            JobRunRecord record = w.dsl().fetchSingle(JOB_RUN, JOB_RUN.ID.eq(runId));
            record.setEndedAt(clock.instant());
            record.setOutcome(outcome.name());
            record.setErrorMessage(shortened(errorMessage));
            record.setRetryAt(retryAt);
            record.store();
            return toRun(record);
        });
    }

    /**
     * Marks every attempt still RUNNING as ABANDONED, to be tried again from {@code retryAt}: called when the vault
     * opens, before any job starts, because no attempt of a process that ended can still be running.
     *
     * @return how many were found
     */
    public int abandonUnfinished(Instant retryAt) {
        return log.write(w -> w.dsl()
                .update(JOB_RUN)
                .set(JOB_RUN.OUTCOME, JobOutcome.ABANDONED.name())
                .set(JOB_RUN.ENDED_AT, clock.instant())
                .set(JOB_RUN.ERROR_MESSAGE, "The app stopped while this ran.")
                .set(JOB_RUN.RETRY_AT, retryAt)
                .where(JOB_RUN.OUTCOME.eq(JobOutcome.RUNNING.name()))
                .execute());
    }

    /** The job's newest attempt: of the latest planned run, its highest attempt. */
    public Optional<JobRun> latest(String job) {
        return log.read(dsl -> dsl.selectFrom(JOB_RUN)
                .where(JOB_RUN.JOB.eq(job))
                .orderBy(JOB_RUN.PLANNED_AT.desc(), JOB_RUN.ATTEMPT.desc(), JOB_RUN.STARTED_AT.desc())
                .limit(1)
                .fetchOptional(JobRuns::toRun));
    }

    /** The job's attempts, newest first. */
    public List<JobRun> history(String job, int limit) {
        return log.read(dsl -> dsl.selectFrom(JOB_RUN)
                .where(JOB_RUN.JOB.eq(job))
                .orderBy(JOB_RUN.STARTED_AT.desc(), JOB_RUN.PLANNED_AT.desc(), JOB_RUN.ATTEMPT.desc())
                .limit(limit)
                .fetch(JobRuns::toRun));
    }

    /**
     * Removes the records of attempts that started before {@code instant}, except each job's newest attempt (which its
     * schedule counts from) and attempts still running; returns how many.
     */
    public int deleteStartedBefore(Instant instant) {
        return log.write(w -> {
            List<UUID> newest = new ArrayList<>();
            for (String job : w.dsl().selectDistinct(JOB_RUN.JOB).from(JOB_RUN).fetch(JOB_RUN.JOB)) {
                newest.add(w.dsl()
                        .select(JOB_RUN.ID)
                        .from(JOB_RUN)
                        .where(JOB_RUN.JOB.eq(job))
                        .orderBy(JOB_RUN.PLANNED_AT.desc(), JOB_RUN.ATTEMPT.desc(), JOB_RUN.STARTED_AT.desc())
                        .limit(1)
                        .fetchOne(JOB_RUN.ID));
            }
            return w.dsl()
                    .deleteFrom(JOB_RUN)
                    .where(JOB_RUN.STARTED_AT.lt(instant))
                    .and(JOB_RUN.OUTCOME.ne(JobOutcome.RUNNING.name()))
                    .and(JOB_RUN.ID.notIn(newest))
                    .execute();
        });
    }

    /** Whether the job is switched on; {@code otherwise} when nobody chose yet. */
    public boolean enabled(String job, boolean otherwise) {
        Boolean stored = log.read(dsl -> dsl.select(JOB_SETTING.ENABLED)
                .from(JOB_SETTING)
                .where(JOB_SETTING.JOB.eq(job))
                .fetchOne(JOB_SETTING.ENABLED));
        return stored == null ? otherwise : stored;
    }

    public void setEnabled(String job, boolean enabled) {
        requireName(job);
        log.write(w -> w.dsl()
                .mergeInto(JOB_SETTING)
                .using(w.dsl().selectOne())
                .on(JOB_SETTING.JOB.eq(job))
                .whenMatchedThenUpdate()
                .set(JOB_SETTING.ENABLED, enabled)
                .whenNotMatchedThenInsert(JOB_SETTING.JOB, JOB_SETTING.ENABLED)
                .values(job, enabled)
                .execute());
    }

    private static void requireName(String job) {
        if (job == null || job.isBlank() || job.length() > 60) {
            throw new IllegalArgumentException("a job name has 1 to 60 characters");
        }
    }

    private static String shortened(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static JobRun toRun(JobRunRecord record) {
        return new JobRun(
                record.getId(),
                record.getJob(),
                record.getPlannedAt(),
                record.getAttempt(),
                record.getStartedAt(),
                record.getEndedAt(),
                JobOutcome.valueOf(record.getOutcome()),
                record.getErrorMessage(),
                record.getRetryAt());
    }
}
