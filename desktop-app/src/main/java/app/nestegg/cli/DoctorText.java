package app.nestegg.cli;

import app.nestegg.sync.diagnostics.ByteSizes;
import app.nestegg.sync.diagnostics.DiagnosticsReport;
import app.nestegg.sync.jobs.JobStatus;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.diagnostics.Counter;
import app.nestegg.vault.diagnostics.Problem;
import app.nestegg.vault.diagnostics.StorageFacts;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code doctor}'s report as text: the facts as labelled lines, then jobs, connections, counters and problems. */
final class DoctorText {

    private final Cli cli;

    DoctorText(Cli cli) {
        this.cli = cli;
    }

    void print(DiagnosticsReport report) {
        StorageFacts storage = report.storage();
        cli.printField("doctor.vault", report.vaultFolder().toString());
        cli.printField(
                "doctor.schema",
                cli.text(
                        "doctor.schemaState",
                        report.migration().version(),
                        report.migration().applied(),
                        report.migration().pending(),
                        report.migration().failed()));
        cli.printField("doctor.database", ByteSizes.format(storage.databaseBytes()));
        cli.printField("doctor.keyring", ByteSizes.format(storage.keyringBytes()));
        cli.printField("doctor.backups", ByteSizes.format(storage.backupsBytes()));
        cli.printField(
                "doctor.lastBackup",
                storage.lastBackup()
                        .map(backup -> cli.text(
                                "doctor.lastBackupAge",
                                backup.name(),
                                age(report.lastBackupAge().orElseThrow())))
                        .orElse(cli.text("doctor.none")));
        cli.printField("doctor.free", ByteSizes.format(storage.freeBytes()));
        cli.printField("doctor.java", report.runtime().java());
        cli.printField("doctor.javafx", report.runtime().javafx().orElse(cli.text("doctor.notLoaded")));
        cli.printField("doctor.os", report.runtime().os());
        cli.out().println();
        cli.out().println(cli.text("doctor.jobs"));
        for (JobStatus job : report.jobs()) {
            cli.out()
                    .printf(
                            Locale.ROOT,
                            "  %-22s %-4s %s%n",
                            job.name(),
                            cli.text(job.enabled() ? "jobs.on" : "jobs.off"),
                            job.lastRun() == null
                                    ? cli.text("jobs.never")
                                    : cli.text(
                                            "doctor.jobLast",
                                            cli.time(job.lastRun().startedAt()),
                                            job.lastRun().outcome().name()));
        }
        cli.out().println(cli.text("doctor.connections"));
        if (report.connections().isEmpty()) {
            cli.out().println("  " + cli.text("doctor.none"));
        }
        for (BankConnection connection : report.connections()) {
            cli.out()
                    .printf(
                            Locale.ROOT,
                            "  %-22s %-14s %s%n",
                            connection.institutionName(),
                            connection.status().name(),
                            connection.lastSyncedAt() == null
                                    ? cli.text("jobs.never")
                                    : cli.time(connection.lastSyncedAt()));
        }
        cli.out().println(cli.text("doctor.counters"));
        if (report.counters().isEmpty()) {
            cli.out().println("  " + cli.text("doctor.none"));
        }
        for (Counter counter : report.counters()) {
            cli.out().println("  " + counter(counter));
        }
        cli.out().println();
        problems(report);
    }

    private void problems(DiagnosticsReport report) {
        if (!report.migration().upToDate()) {
            cli.out().println(cli.text("doctor.migrationProblem"));
        }
        if (report.problems().isEmpty()) {
            cli.out().println(cli.text("doctor.noProblems"));
            return;
        }
        cli.out().println(cli.text("doctor.problems", report.problems().size()));
        for (Problem problem : report.problems()) {
            cli.out()
                    .printf(
                            Locale.ROOT,
                            "  %s %s [%s]: %s%n",
                            problem.kind().name(),
                            problem.table(),
                            problem.rowIds().stream().map(UUID::toString).collect(Collectors.joining(", ")),
                            problem.detail());
        }
    }

    private String counter(Counter counter) {
        String name = cli.text("doctor.counter." + counter.name().name());
        String took = seconds(counter.duration());
        if (counter.rows().isEmpty()) {
            return cli.text("doctor.counterTook", name, took, cli.time(counter.recordedAt()));
        }
        return cli.text(
                "doctor.counterRows",
                name,
                took,
                counter.rows().getAsLong(),
                counter.rowsPerSecond().isPresent() ? counter.rowsPerSecond().getAsLong() : 0,
                cli.time(counter.recordedAt()));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }

    private String age(Duration age) {
        if (age.toDays() > 0) {
            return cli.text("doctor.ageDays", age.toDays());
        }
        return cli.text("doctor.ageHours", age.toHours());
    }
}
