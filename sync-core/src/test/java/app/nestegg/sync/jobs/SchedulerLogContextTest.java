package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.ledger.LedgerFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

/** Every log line of a background job carries the job's name and the run's id through the MDC. */
class SchedulerLogContextTest {

    @TempDir
    Path folder;

    @Test
    void aJobsLinesCarryItsNameAndRunIdAndTheCallerKeepsAcleanContext() {
        List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
        SchedulerTest.ProbeJob job = new SchedulerTest.ProbeJob("snapshot", new Schedule.Every(Duration.ofHours(6)));
        job.work = context -> seen.add(MDC.getCopyOfContextMap());
        try (LedgerFixture fx = new LedgerFixture(folder);
                Scheduler scheduler = new Scheduler(fx.ledger.jobRuns(), List.of(job), fx.vaults.clock)) {
            JobRun first = scheduler.runNow("snapshot");
            JobRun second = scheduler.runNow("snapshot");

            assertThat(seen)
                    .containsExactly(
                            Map.of(
                                    Scheduler.JOB_MDC_KEY,
                                    "snapshot",
                                    Scheduler.RUN_MDC_KEY,
                                    first.id().toString()),
                            Map.of(
                                    Scheduler.JOB_MDC_KEY,
                                    "snapshot",
                                    Scheduler.RUN_MDC_KEY,
                                    second.id().toString()));
            assertThat(MDC.get(Scheduler.JOB_MDC_KEY)).isNull();
            assertThat(MDC.get(Scheduler.RUN_MDC_KEY)).isNull();
        }
    }
}
