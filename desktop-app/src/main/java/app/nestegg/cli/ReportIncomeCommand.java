package app.nestegg.cli;

import app.nestegg.vault.ledger.report.IncomeExpenseReport;
import app.nestegg.vault.ledger.report.MonthFlow;
import app.nestegg.vault.ledger.report.ReportCsv;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report income}: income against expenses, month by month. */
@Command(name = "income", sortOptions = false)
final class ReportIncomeCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    ReportRange options;

    ReportIncomeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        options.checkFormat(cli);
        var range = options.range(cli);
        IncomeExpenseReport report;
        try (OpenVault vault = cli.openVault()) {
            report = vault.session().ledger().reports().incomeAndExpenses(range);
        }
        if (options.csv) {
            cli.out().print(ReportCsv.incomeAndExpenses(report));
        } else if (cli.options().json) {
            ObjectNode node = cli.jsonObject();
            node.put("from", range.from().toString());
            node.put("to", range.to().toString());
            node.put("currency", report.net().currency().getCurrencyCode());
            node.put("income", report.income().toPlainString());
            node.put("expenses", report.expenses().toPlainString());
            node.put("net", report.net().toPlainString());
            ArrayNode months = node.putArray("months");
            for (MonthFlow month : report.months()) {
                ObjectNode m = months.addObject();
                m.put("month", month.month().toString());
                m.put("income", month.income().toPlainString());
                m.put("expenses", month.expenses().toPlainString());
                m.put("net", month.net().toPlainString());
            }
            cli.printJson(node);
        } else {
            cli.out()
                    .println(cli.text(
                            "report.income.title",
                            range.from(),
                            range.to(),
                            report.net().currency()));
            TextTable table = new TextTable(false, true, true, true);
            table.row(
                    cli.text("report.header.month"),
                    cli.text("report.header.income"),
                    cli.text("report.header.expenses"),
                    cli.text("report.header.net"));
            for (MonthFlow month : report.months()) {
                table.row(
                        month.month().toString(),
                        month.income().toPlainString(),
                        month.expenses().toPlainString(),
                        month.net().toPlainString());
            }
            table.row(
                    cli.text("report.total"),
                    report.income().toPlainString(),
                    report.expenses().toPlainString(),
                    report.net().toPlainString());
            table.print(cli.out(), "");
        }
        return ExitCodes.OK;
    }
}
