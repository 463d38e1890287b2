package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup while the vault stays open, on a real vault whose clock the test moves. */
class DailyBackupJobTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Scheduler scheduler;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        scheduler =
                new Scheduler(fx.ledger.jobRuns(), List.of(new DailyBackupJob(fx.session.backups())), fx.vaults.clock);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fx.close();
    }

    private List<Instant> dailyBackups() {
        return fx.session.backups().list().stream()
                .filter(b -> b.kind() == BackupKind.DAILY)
                .map(BackupFile::created)
                .toList();
    }

    @Test
    void anAppLeftOpenForDaysGetsOneBackupADayAndNoMore() {
        Instant start = fx.vaults.clock.instant();

        for (int hour = 0; hour < 72; hour++) {
            assertThat(scheduler.runDue()).extracting(JobRun::outcome).containsOnly(JobOutcome.SUCCEEDED);
            fx.vaults.clock.advance(Duration.ofHours(1));
        }

        assertThat(dailyBackups())
                .containsExactly(start.plus(Duration.ofHours(48)), start.plus(Duration.ofHours(24)), start);
    }

    @Test
    void aBackupTakenAtAnUnlockCountsAsTheDaysOne() {
        fx.session.backups().dailyIfDue();
        Instant unlocked = fx.vaults.clock.instant();
        fx.vaults.clock.advance(Duration.ofHours(23));

        scheduler.runDue();
        assertThat(dailyBackups()).containsExactly(unlocked);

        fx.vaults.clock.advance(Duration.ofHours(1));
        scheduler.runDue();
        assertThat(dailyBackups()).containsExactly(unlocked.plus(Duration.ofHours(24)), unlocked);
    }

    @Test
    void aBackupThatCannotBeWrittenFailsTheRunAndTheNextLookTakesIt() throws IOException {
        Path backups = fx.session.database().folder().backups();
        Files.createDirectories(backups.getParent());
        deleteTree(backups);
        Files.writeString(backups, "a file where the backups folder should be");

        JobRun failed = scheduler.runNow(DailyBackupJob.NAME);

        assertThat(failed.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(failed.errorMessage()).isNotBlank();

        Files.delete(backups);
        fx.vaults.clock.advance(Duration.ofHours(1));
        JobRun retried = scheduler.runNow(DailyBackupJob.NAME);
        assertThat(retried.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(dailyBackups()).hasSize(1);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
