package app.nestegg.cli;

import app.nestegg.vault.ledger.goals.Goal;
import app.nestegg.vault.ledger.goals.Goals;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code goals archive GOAL}: puts a goal away; {@code goals list --all} still shows it. */
@Command(name = "archive", sortOptions = false)
final class GoalsArchiveCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "GOAL", descriptionKey = "arg.goals.goal")
    String goal;

    GoalsArchiveCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Goals goals = vault.session().ledger().goals();
            Goal archived = goals.archive(goals.find(goal).id());
            cli.out().println(cli.text("goals.archivedDone", archived.name()));
        }
        return ExitCodes.OK;
    }
}
