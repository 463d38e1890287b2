package app.nestegg.cli;

import app.nestegg.vault.ledger.report.CategoryAmount;
import app.nestegg.vault.ledger.report.ReportCsv;
import app.nestegg.vault.ledger.report.SpendingReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report spending}: what each expense category spent over the months, largest first. */
@Command(name = "spending", sortOptions = false)
final class ReportSpendingCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    ReportRange options;

    ReportSpendingCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        options.checkFormat(cli);
        var range = options.range(cli);
        SpendingReport report;
        try (OpenVault vault = cli.openVault()) {
            report = vault.session().ledger().reports().spending(range);
        }
        if (options.csv) {
            cli.out().print(ReportCsv.spending(report));
        } else if (cli.options().json) {
            ObjectNode node = cli.jsonObject();
            node.put("from", range.from().toString());
            node.put("to", range.to().toString());
            node.put("currency", report.total().currency().getCurrencyCode());
            node.put("total", report.total().toPlainString());
            ArrayNode lines = node.putArray("categories");
            for (CategoryAmount line : report.categories()) {
                ObjectNode l = lines.addObject();
                l.put("id", line.categoryId() == null ? null : line.categoryId().toString());
                l.put("name", line.categoryId() == null ? cli.text("report.uncategorised") : line.name());
                l.put("group", line.group());
                l.put("amount", line.amount().toPlainString());
            }
            cli.printJson(node);
        } else {
            cli.out().println(cli.text("report.spending.title", range.from(), range.to()));
            TextTable table = new TextTable(false, false, true);
            for (CategoryAmount line : report.categories()) {
                table.row(
                        line.categoryId() == null ? cli.text("report.uncategorised") : line.name(),
                        line.group(),
                        line.amount().toString());
            }
            table.row(cli.text("report.total"), "", report.total().toString());
            table.print(cli.out(), "");
        }
        return ExitCodes.OK;
    }
}
