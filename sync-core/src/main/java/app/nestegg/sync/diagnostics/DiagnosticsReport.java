package app.nestegg.sync.diagnostics;

import app.nestegg.sync.jobs.JobStatus;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.diagnostics.Counter;
import app.nestegg.vault.diagnostics.Problem;
import app.nestegg.vault.diagnostics.StorageFacts;
import app.nestegg.vault.store.MigrationState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code nest-egg doctor} and the Diagnostics page show: the schema, the files, the ledger's problems, the jobs,
 * the bank connections, the counters and the runtime. Healthy means no ledger problem and no pending or failed
 * migration; the rest is information.
 */
public record DiagnosticsReport(
        Instant checkedAt,
        Path vaultFolder,
        MigrationState migration,
        StorageFacts storage,
        List<Problem> problems,
        List<JobStatus> jobs,
        List<BankConnection> connections,
        List<Counter> counters,
        RuntimeVersions runtime) {

    public DiagnosticsReport {
        problems = List.copyOf(problems);
        jobs = List.copyOf(jobs);
        connections = List.copyOf(connections);
        counters = List.copyOf(counters);
    }

    public boolean healthy() {
        return problems.isEmpty() && migration.upToDate();
    }

    /** How old the newest backup was when the report was made, if there is one. */
    public Optional<Duration> lastBackupAge() {
        return storage.lastBackup().map(backup -> Duration.between(backup.created(), checkedAt));
    }
}
