package app.nestegg.cli;

import app.nestegg.vault.ledger.report.BudgetReportMonth;
import app.nestegg.vault.ledger.report.ReportCsv;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report budget}: each month's budget against what was spent and received. */
@Command(name = "budget", sortOptions = false)
final class ReportBudgetCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    ReportRange options;

    ReportBudgetCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        options.checkFormat(cli);
        var range = options.range(cli);
        List<BudgetReportMonth> months;
        try (OpenVault vault = cli.openVault()) {
            months = vault.session().ledger().reports().budgetAgainstActual(range);
        }
        if (options.csv) {
            cli.out().print(ReportCsv.budget(months));
        } else if (cli.options().json) {
            ObjectNode node = cli.jsonObject();
            node.put("from", range.from().toString());
            node.put("to", range.to().toString());
            ArrayNode array = node.putArray("months");
            for (BudgetReportMonth month : months) {
                ObjectNode m = array.addObject();
                m.put("month", month.month().toString());
                m.put("expensesBudgeted", month.expensesBudgeted().toPlainString());
                m.put("expensesSpent", month.expensesSpent().toPlainString());
                m.put("incomeExpected", month.incomeExpected().toPlainString());
                m.put("incomeReceived", month.incomeReceived().toPlainString());
            }
            cli.printJson(node);
        } else {
            cli.out().println(cli.text("report.budget.title", range.from(), range.to()));
            TextTable table = new TextTable(false, true, true, true, true);
            table.row(
                    cli.text("report.header.month"),
                    cli.text("report.header.budgeted"),
                    cli.text("report.header.spent"),
                    cli.text("report.header.expected"),
                    cli.text("report.header.received"));
            for (BudgetReportMonth month : months) {
                table.row(
                        month.month().toString(),
                        month.expensesBudgeted().toPlainString(),
                        month.expensesSpent().toPlainString(),
                        month.incomeExpected().toPlainString(),
                        month.incomeReceived().toPlainString());
            }
            table.print(cli.out(), "");
        }
        return ExitCodes.OK;
    }
}
