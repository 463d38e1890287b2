package app.nestegg.cli;

import app.nestegg.sync.jobs.Scheduler;
import app.nestegg.vault.jobs.JobRun;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code jobs run-due}: what the desktop app does on its own, once: takes up attempts a stopped app left unfinished,
 * then runs every switched-on job that is due (a daily job once per missed day). Exits 1 when an attempt failed.
 */
@Command(name = "run-due", sortOptions = false)
final class JobsRunDueCommand implements Callable<Integer> {

    private final Cli cli;

    JobsRunDueCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault();
                JobsAccess access = new JobsAccess(cli)) {
            List<JobRun> runs;
            try (Scheduler scheduler = access.scheduler(vault.session())) {
                scheduler.recoverUnfinished();
                runs = scheduler.runDue();
            }
            if (cli.options().json) {
                ArrayNode array = cli.jsonArray();
                runs.forEach(run -> array.add(access.json(run)));
                cli.printJson(array);
            } else if (runs.isEmpty()) {
                cli.out().println(cli.text("jobs.nothingDue"));
            } else {
                access.print(runs);
            }
            return JobsAccess.exitCode(runs);
        }
    }
}
