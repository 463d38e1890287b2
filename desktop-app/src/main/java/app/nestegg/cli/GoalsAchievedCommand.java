package app.nestegg.cli;

import app.nestegg.vault.ledger.goals.Goal;
import app.nestegg.vault.ledger.goals.Goals;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code goals achieved GOAL}: marks a goal achieved today, reached or not. */
@Command(name = "achieved", sortOptions = false)
final class GoalsAchievedCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "GOAL", descriptionKey = "arg.goals.goal")
    String goal;

    GoalsAchievedCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Goals goals = vault.session().ledger().goals();
            Goal marked = goals.markAchieved(goals.find(goal).id());
            cli.out().println(cli.text("goals.achievedDone", marked.name(), marked.statusOn()));
        }
        return ExitCodes.OK;
    }
}
