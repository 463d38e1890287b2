package app.nestegg.cli;

import app.nestegg.vault.ledger.networth.NetWorthPoint;
import app.nestegg.vault.ledger.report.MonthRange;
import app.nestegg.vault.ledger.report.ReportCsv;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code report networth}: assets, liabilities and net worth over the months up to today, in the base currency; the
 * text shows each month's last day (today for this month), {@code --json} and {@code --csv} every day.
 */
@Command(name = "networth", sortOptions = false)
final class ReportNetWorthCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    ReportRange options;

    ReportNetWorthCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        options.checkFormat(cli);
        MonthRange range = options.range(cli);
        LocalDate first = range.from().atDay(1);
        LocalDate today = cli.today();
        LocalDate last =
                range.to().atEndOfMonth().isAfter(today) ? today : range.to().atEndOfMonth();
        if (last.isBefore(first)) {
            throw CliFailure.usage(cli.text("report.networth.ahead", range.from(), today));
        }
        List<NetWorthPoint> days;
        try (OpenVault vault = cli.openVault()) {
            days = vault.session().ledger().netWorth().history(first, last);
        }
        if (options.csv) {
            cli.out().print(ReportCsv.netWorth(days));
        } else if (cli.options().json) {
            printJson(range, days);
        } else {
            printMonthEnds(range, days);
        }
        return ExitCodes.OK;
    }

    private void printJson(MonthRange range, List<NetWorthPoint> days) {
        ObjectNode node = cli.jsonObject();
        node.put("from", range.from().toString());
        node.put("to", range.to().toString());
        node.put("currency", days.getLast().netWorth().currency().getCurrencyCode());
        ArrayNode array = node.putArray("days");
        for (NetWorthPoint day : days) {
            ObjectNode d = array.addObject();
            d.put("date", day.day().toString());
            d.put("assets", day.assets().toPlainString());
            d.put("liabilities", day.liabilities().toPlainString());
            d.put("netWorth", day.netWorth().toPlainString());
        }
        cli.printJson(node);
    }

    private void printMonthEnds(MonthRange range, List<NetWorthPoint> days) {
        cli.out()
                .println(cli.text(
                        "report.networth.title",
                        range.from(),
                        range.to(),
                        days.getLast().netWorth().currency()));
        TextTable table = new TextTable(false, true, true, true);
        table.row(
                cli.text("report.header.date"),
                cli.text("report.header.assets"),
                cli.text("report.header.liabilities"),
                cli.text("report.header.netWorth"));
        for (NetWorthPoint day : days) {
            boolean monthEnd = day.day().plusDays(1).getDayOfMonth() == 1;
            if (monthEnd || day == days.getLast()) {
                table.row(
                        day.day().toString(),
                        day.assets().toPlainString(),
                        day.liabilities().toPlainString(),
                        day.netWorth().toPlainString());
            }
        }
        table.print(cli.out(), "");
    }
}
