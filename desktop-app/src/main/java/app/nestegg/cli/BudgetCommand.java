package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code budget}: monthly budgets per category. */
@Command(
        name = "budget",
        sortOptions = false,
        subcommands = {
            BudgetShowCommand.class,
            BudgetSetCommand.class,
            BudgetCopyCommand.class,
            BudgetAverageCommand.class,
            BudgetRolloverCommand.class
        })
final class BudgetCommand implements Callable<Integer> {

    private final Cli cli;

    BudgetCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("budget.missingCommand"));
    }
}
