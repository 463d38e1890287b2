package app.nestegg.cli;

import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.budget.BudgetGroup;
import app.nestegg.vault.ledger.budget.BudgetLine;
import app.nestegg.vault.ledger.budget.BudgetMonth;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code budget show}: a month's budget against what was spent and received, by group and category. */
@Command(name = "show", sortOptions = false)
final class BudgetShowCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--month", paramLabel = "YYYY-MM", order = 1)
    String month;

    @Option(names = "--all", order = 2)
    boolean all;

    BudgetShowCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        YearMonth shown = month == null ? YearMonth.from(cli.today()) : new LedgerArgs(cli).month("--month", month);
        BudgetMonth budget;
        try (OpenVault vault = cli.openVault()) {
            budget = vault.session().ledger().budgets().month(shown);
        }
        if (cli.options().json) {
            cli.printJson(BudgetJson.month(cli, budget));
            return ExitCodes.OK;
        }
        String currency = budget.toBudget().currency().getCurrencyCode();
        cli.out().println(cli.text("budget.title", shown, currency));
        TextTable table = new TextTable(false, true, true, true, true, false);
        table.row(
                cli.text("budget.header.category"),
                cli.text("budget.header.budgeted"),
                cli.text("budget.header.carried"),
                cli.text("budget.header.actual"),
                cli.text("budget.header.remaining"),
                "");
        for (BudgetGroup group : budget.groups()) {
            var lines =
                    group.lines().stream().filter(l -> all || hasSomething(l)).toList();
            if (lines.isEmpty()) {
                continue;
            }
            table.row(group.name(), "", "", "", "", "");
            for (BudgetLine line : lines) {
                table.row(
                        "  " + line.name(),
                        line.budgeted().toPlainString(),
                        line.rollover() ? line.carried().toPlainString() : "",
                        line.actual().toPlainString(),
                        line.remaining().toPlainString(),
                        note(line));
            }
        }
        table.print(cli.out(), "");
        cli.out()
                .println(cli.text(
                        "budget.income",
                        budget.incomeExpected().toPlainString(),
                        budget.incomeReceived().toPlainString()));
        cli.out()
                .println(cli.text(
                        "budget.expenses",
                        budget.expensesBudgeted().toPlainString(),
                        budget.expensesSpent().toPlainString()));
        cli.out().println(cli.text("budget.toBudget", budget.toBudget().toPlainString()));
        return ExitCodes.OK;
    }

    private String note(BudgetLine line) {
        if (line.overspent()) {
            return cli.text("budget.overspent");
        }
        if (line.kind() == CategoryKind.INCOME && line.remaining().signum() > 0) {
            return cli.text("budget.stillExpected");
        }
        return "";
    }

    private static boolean hasSomething(BudgetLine line) {
        return !line.budgeted().isZero()
                || !line.actual().isZero()
                || !line.carried().isZero()
                || line.rollover();
    }
}
