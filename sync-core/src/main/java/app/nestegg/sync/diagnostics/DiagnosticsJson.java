package app.nestegg.sync.diagnostics;

import app.nestegg.sync.jobs.JobStatus;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.diagnostics.Counter;
import app.nestegg.vault.diagnostics.Problem;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The report as JSON: what {@code nest-egg doctor --json} prints and the Diagnostics page copies, one shape for both
 * (documented in docs/diagnostics.md). Holds no secret: no token, key or ledger amount beyond the differences found.
 */
public final class DiagnosticsJson {

    private DiagnosticsJson() {}

    public static String text(DiagnosticsReport report) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(of(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode of(DiagnosticsReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("healthy", report.healthy());
        root.put("checked_at", report.checkedAt().toString());
        root.put("vault", report.vaultFolder().toString());
        root.putObject("schema")
                .put("version", report.migration().version())
                .put("applied", report.migration().applied())
                .put("pending", report.migration().pending())
                .put("failed", report.migration().failed());
        ObjectNode files = root.putObject("files")
                .put("database_bytes", report.storage().databaseBytes())
                .put("keyring_bytes", report.storage().keyringBytes())
                .put("backups_bytes", report.storage().backupsBytes())
                .put("free_bytes", report.storage().freeBytes());
        if (report.storage().lastBackup().isPresent()) {
            var backup = report.storage().lastBackup().orElseThrow();
            files.putObject("last_backup")
                    .put("name", backup.name())
                    .put("created", backup.created().toString())
                    .put("age_seconds", report.lastBackupAge().orElseThrow().toSeconds());
        } else {
            files.putNull("last_backup");
        }
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(problem -> problems.add(problem(problem)));
        ArrayNode jobs = root.putArray("jobs");
        report.jobs().forEach(job -> jobs.add(job(job)));
        ArrayNode connections = root.putArray("connections");
        report.connections().forEach(connection -> connections.add(connection(connection)));
        ArrayNode counters = root.putArray("counters");
        report.counters().forEach(counter -> counters.add(counter(counter)));
        root.putObject("runtime")
                .put("java", report.runtime().java())
                .put("javafx", report.runtime().javafx().orElse(null))
                .put("os", report.runtime().os());
        return root;
    }

    private static ObjectNode problem(Problem problem) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("kind", problem.kind().name());
        node.put("table", problem.table());
        ArrayNode ids = node.putArray("row_ids");
        for (UUID id : problem.rowIds()) {
            ids.add(id.toString());
        }
        node.put("detail", problem.detail());
        return node;
    }

    private static ObjectNode job(JobStatus job) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", job.name());
        node.put("enabled", job.enabled());
        node.put("next_run", job.nextRun().toString());
        if (job.lastRun() == null) {
            node.putNull("last_run");
        } else {
            node.putObject("last_run")
                    .put("started_at", job.lastRun().startedAt().toString())
                    .put("outcome", job.lastRun().outcome().name())
                    .put("error", job.lastRun().errorMessage());
        }
        return node;
    }

    private static ObjectNode connection(BankConnection connection) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", connection.id().toString());
        node.put("provider", connection.provider().name());
        node.put("institution", connection.institutionName());
        node.put("status", connection.status().name());
        node.put("last_synced_at", iso(connection.lastSyncedAt()));
        node.put("failures", connection.failureCount());
        node.put(
                "last_error",
                connection.lastError() == null ? null : connection.lastError().code());
        return node;
    }

    private static ObjectNode counter(Counter counter) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", counter.name().name());
        node.put("duration_ms", counter.duration().toMillis());
        if (counter.rows().isPresent()) {
            node.put("rows", counter.rows().getAsLong());
        } else {
            node.putNull("rows");
        }
        if (counter.rowsPerSecond().isPresent()) {
            node.put("rows_per_second", counter.rowsPerSecond().getAsLong());
        } else {
            node.putNull("rows_per_second");
        }
        node.put("recorded_at", counter.recordedAt().toString());
        return node;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
