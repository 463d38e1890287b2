package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code networth}: assets, liabilities and net worth on a day in the base currency, or their history day by day;
 * {@code --exclude}/{@code --include} leave an account out of net worth or count it again.
 */
@Command(name = "networth", sortOptions = false)
final class NetWorthCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--history", order = 1)
    boolean history;

    @Option(names = "--from", paramLabel = "DATE", order = 2)
    String from;

    @Option(names = "--to", paramLabel = "DATE", order = 3)
    String to;

    @Option(names = "--exclude", paramLabel = "ACCOUNT", order = 4)
    String exclude;

    @Option(names = "--include", paramLabel = "ACCOUNT", order = 5)
    String include;

    NetWorthCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LedgerArgs args = new LedgerArgs(cli);
        LocalDate last = to == null ? cli.today() : args.date("--to", to);
        LocalDate first = history ? (from == null ? last.minusYears(1) : args.date("--from", from)) : last;
        if (!history && from != null) {
            throw CliFailure.usage(cli.text("networth.fromNeedsHistory"));
        }
        List<NetWorthPoint> points;
        List<String> excludedNames = new ArrayList<>();
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            if (exclude != null) {
                ledger.netWorth().exclude(ledger.accounts().find(exclude).id(), true);
            }
            if (include != null) {
                ledger.netWorth().exclude(ledger.accounts().find(include).id(), false);
            }
            points = ledger.netWorth().history(first, last);
            Set<UUID> excluded = ledger.netWorth().excluded();
            for (Account account : ledger.accounts().list()) {
                if (excluded.contains(account.id())) {
                    excludedNames.add(account.name());
                }
            }
        }
        if (cli.options().json) {
            ObjectNode node = cli.jsonObject();
            node.put("currency", points.getLast().netWorth().currency().getCurrencyCode());
            ArrayNode names = node.putArray("excluded");
            excludedNames.forEach(names::add);
            ArrayNode days = node.putArray("days");
            for (NetWorthPoint point : points) {
                ObjectNode day = days.addObject();
                day.put("date", point.day().toString());
                day.put("assets", point.assets().toPlainString());
                day.put("liabilities", point.liabilities().toPlainString());
                day.put("netWorth", point.netWorth().toPlainString());
            }
            cli.printJson(node);
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(false, true, true, true);
        table.row(
                cli.text("networth.header.date"),
                cli.text("networth.header.assets"),
                cli.text("networth.header.liabilities"),
                cli.text("networth.header.netWorth"));
        for (NetWorthPoint point : points) {
            boolean monthEnd = point.day().plusDays(1).getDayOfMonth() == 1;
            if (point == points.getFirst() || point == points.getLast() || monthEnd) {
                table.row(
                        point.day().toString(),
                        point.assets().toString(),
                        point.liabilities().toString(),
                        point.netWorth().toString());
            }
        }
        table.print(cli.out(), "");
        if (!excludedNames.isEmpty()) {
            cli.out().println(cli.text("networth.excluded", String.join(", ", excludedNames)));
        }
        return ExitCodes.OK;
    }
}
