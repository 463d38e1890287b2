package app.nestegg.cli;

import app.nestegg.sync.jobs.Scheduler;
import app.nestegg.vault.jobs.JobRun;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jobs run NAME}: runs one job now, due or not, switched on or not. Exits 1 when it failed. */
@Command(name = "run", sortOptions = false)
final class JobsRunCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "arg.job.name")
    String name;

    JobsRunCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault();
                JobsAccess access = new JobsAccess(cli)) {
            JobRun run;
            try (Scheduler scheduler = access.scheduler(vault.session())) {
                try {
                    run = scheduler.runNow(name.strip());
                } catch (IllegalArgumentException unknown) {
                    throw CliFailure.usage(unknown.getMessage());
                }
            }
            if (cli.options().json) {
                cli.printJson(access.json(run));
            } else {
                access.print(List.of(run));
            }
            return JobsAccess.exitCode(List.of(run));
        }
    }
}
