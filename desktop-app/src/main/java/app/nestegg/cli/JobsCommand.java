package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code jobs}: the app's scheduled work, for headless use (the desktop app runs it by itself). */
@Command(
        name = "jobs",
        sortOptions = false,
        subcommands = {JobsListCommand.class, JobsRunCommand.class, JobsRunDueCommand.class})
final class JobsCommand implements Callable<Integer> {

    private final Cli cli;

    JobsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("jobs.missingCommand"));
    }
}
