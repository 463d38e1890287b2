package app.nestegg.cli;

import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code budget set}: what a category may spend, or an income category is expected to bring, in a month. */
@Command(name = "set", sortOptions = false)
final class BudgetSetCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "CATEGORY", descriptionKey = "arg.budget.set.category")
    String category;

    @Parameters(index = "1", paramLabel = "AMOUNT", descriptionKey = "arg.budget.set.amount")
    String amount;

    @Option(names = "--month", paramLabel = "YYYY-MM", order = 1)
    String month;

    BudgetSetCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LedgerArgs args = new LedgerArgs(cli);
        BigDecimal value = args.amount("AMOUNT", amount);
        YearMonth target = month == null ? YearMonth.from(cli.today()) : args.month("--month", month);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Category found = ledger.categories().find(category);
            Money stored = ledger.budgets()
                    .set(found.id(), target, Money.of(value, ledger.rates().baseCurrency(), "amount"));
            cli.out().println(cli.text("budget.set", found.name(), target, stored.toString()));
        }
        return ExitCodes.OK;
    }
}
