package app.nestegg.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code budget average}: sets a month's budget from the average of the months before it. */
@Command(name = "average", sortOptions = false)
final class BudgetAverageCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--months", paramLabel = "N", order = 1)
    int months = 3;

    @Option(names = "--month", paramLabel = "YYYY-MM", order = 2)
    String month;

    BudgetAverageCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        YearMonth target = month == null ? YearMonth.from(cli.today()) : new LedgerArgs(cli).month("--month", month);
        int set;
        try (OpenVault vault = cli.openVault()) {
            set = vault.session().ledger().budgets().fromAverage(target, months);
        }
        cli.out().println(cli.text("budget.averaged", set, target, months));
        return ExitCodes.OK;
    }
}
