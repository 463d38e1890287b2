package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code report}: spending by category, income against expenses, budget against actual, net worth over months. */
@Command(
        name = "report",
        sortOptions = false,
        subcommands = {
            ReportSpendingCommand.class,
            ReportIncomeCommand.class,
            ReportBudgetCommand.class,
            ReportNetWorthCommand.class
        })
final class ReportCommand implements Callable<Integer> {

    private final Cli cli;

    ReportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("report.missingCommand"));
    }
}
