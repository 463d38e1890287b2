package app.nestegg.cli;

import app.nestegg.sync.diagnostics.DiagnosticsJson;
import app.nestegg.sync.diagnostics.DiagnosticsReport;
import app.nestegg.sync.diagnostics.Doctor;
import app.nestegg.sync.jobs.JobStatus;
import app.nestegg.sync.jobs.Scheduler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code doctor}: the diagnostics report (schema, files, the ledger's consistency check, jobs, connections, counters,
 * versions). Exits 0 when all is well and 1 with the list of problems otherwise (docs/diagnostics.md).
 */
@Command(name = "doctor", sortOptions = false)
final class DoctorCommand implements Callable<Integer> {

    private final Cli cli;

    DoctorCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        DiagnosticsReport report;
        try (OpenVault vault = cli.openVault()) {
            List<JobStatus> jobs;
            try (Scheduler scheduler = new JobsAccess(cli).scheduler(vault.session())) {
                jobs = scheduler.statuses();
            }
            report = new Doctor(
                            vault.session(),
                            () -> jobs,
                            cli.context().vaultEnvironment().clock())
                    .examine(Optional.empty());
        }
        if (cli.options().json) {
            cli.printJson(DiagnosticsJson.of(report));
        } else {
            new DoctorText(cli).print(report);
        }
        return report.healthy() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
