package app.nestegg.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code budget copy}: gives a month the amounts of the month before. */
@Command(name = "copy", sortOptions = false)
final class BudgetCopyCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--month", paramLabel = "YYYY-MM", order = 1)
    String month;

    BudgetCopyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        YearMonth target = month == null ? YearMonth.from(cli.today()) : new LedgerArgs(cli).month("--month", month);
        int copied;
        try (OpenVault vault = cli.openVault()) {
            copied = vault.session().ledger().budgets().copyPreviousMonth(target);
        }
        cli.out().println(cli.text("budget.copied", copied, target.minusMonths(1), target));
        return ExitCodes.OK;
    }
}
