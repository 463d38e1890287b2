package app.nestegg.cli;

import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.Ledger;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code budget rollover}: lets an expense category carry what it has left, or overspent, into the next month. */
@Command(name = "rollover", sortOptions = false)
final class BudgetRolloverCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "CATEGORY", descriptionKey = "arg.budget.rollover.category")
    String category;

    @Parameters(index = "1", paramLabel = "on|off", descriptionKey = "arg.budget.rollover.state")
    String state;

    @Option(names = "--month", paramLabel = "YYYY-MM", order = 1)
    String month;

    BudgetRolloverCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String wanted = state.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("on") && !wanted.equals("off")) {
            throw CliFailure.usage(cli.text("budget.badRolloverState", state));
        }
        YearMonth since = month == null ? YearMonth.from(cli.today()) : new LedgerArgs(cli).month("--month", month);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Category found = ledger.categories().find(category);
            ledger.budgets().setRollover(found.id(), wanted.equals("on"), since);
            cli.out()
                    .println(
                            wanted.equals("on")
                                    ? cli.text("budget.rolloverOn", found.name(), since)
                                    : cli.text("budget.rolloverOff", found.name()));
        }
        return ExitCodes.OK;
    }
}
