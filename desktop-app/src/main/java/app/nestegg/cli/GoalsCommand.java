package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code goals}: savings goals, their progress and contributions. */
@Command(
        name = "goals",
        sortOptions = false,
        subcommands = {
            GoalsListCommand.class,
            GoalsAddCommand.class,
            GoalsContributeCommand.class,
            GoalsAchievedCommand.class,
            GoalsArchiveCommand.class
        })
final class GoalsCommand implements Callable<Integer> {

    private final Cli cli;

    GoalsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("goals.missingCommand"));
    }
}
