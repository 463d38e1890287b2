package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.invest.AccountHoldings;
import app.nestegg.vault.ledger.invest.AllocationSlice;
import app.nestegg.vault.ledger.invest.Holding;
import app.nestegg.vault.ledger.invest.InvestmentReturns;
import app.nestegg.vault.ledger.invest.ReturnFigure;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code holdings}: what each investment account holds on a day (today by default), with cost basis, price, market
 * value and gains, the allocation by type and both kinds of return.
 */
@Command(name = "holdings", sortOptions = false)
final class HoldingsCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--account", paramLabel = "NAME|ID", order = 1)
    String account;

    @Option(names = "--date", paramLabel = "DATE", order = 2)
    String date;

    HoldingsCommand(Cli cli) {
        this.cli = cli;
    }

    /** One account's holdings and returns. */
    private record Report(AccountHoldings holdings, InvestmentReturns returns) {}

    @Override
    public Integer call() {
        LocalDate day = date == null ? cli.today() : new LedgerArgs(cli).date("--date", date);
        List<Report> reports = new ArrayList<>();
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            var invest = ledger.investments();
            List<AccountHoldings> all = account == null
                    ? invest.holdings().all(day)
                    : List.of(
                            invest.holdings().of(ledger.accounts().find(account).id(), day));
            for (AccountHoldings holdings : all) {
                reports.add(new Report(
                        holdings, invest.returns().of(holdings.account().id(), day)));
            }
        }
        if (cli.options().json) {
            ArrayNode array = cli.jsonArray();
            reports.forEach(r -> array.add(InvestJson.holdings(cli, r.holdings(), r.returns())));
            cli.printJson(array);
            return ExitCodes.OK;
        }
        if (reports.isEmpty()) {
            cli.out().println(cli.text("holdings.none"));
        }
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) {
                cli.out().println();
            }
            print(reports.get(i));
        }
        return ExitCodes.OK;
    }

    private void print(Report report) {
        AccountHoldings account = report.holdings();
        String currency = account.account().currency().getCurrencyCode();
        cli.out().println(cli.text("holdings.title", account.account().name(), currency, account.asOf()));
        if (account.holdings().isEmpty()) {
            cli.out().println(cli.text("holdings.empty"));
            return;
        }
        TextTable table = new TextTable(false, true, true, true, true, true, true);
        table.row(
                cli.text("holdings.header.symbol"),
                cli.text("holdings.header.quantity"),
                cli.text("holdings.header.cost"),
                cli.text("holdings.header.price"),
                cli.text("holdings.header.value"),
                cli.text("holdings.header.unrealised"),
                cli.text("holdings.header.realised"));
        for (Holding h : account.holdings()) {
            table.row(
                    h.security().symbol(),
                    h.quantity().toPlainString(),
                    h.costBasis().toPlainString(),
                    h.price()
                            .map(p -> p.toPlainString() + " "
                                    + h.security().currency().getCurrencyCode())
                            .orElse("-"),
                    h.marketValueInAccount().toPlainString(),
                    h.unrealisedGain().toPlainString(),
                    h.realisedGain().toPlainString());
        }
        table.row(
                cli.text("holdings.total"),
                "",
                account.costBasis().toPlainString(),
                "",
                account.marketValue().toPlainString(),
                account.unrealisedGain().toPlainString(),
                account.realisedGain().toPlainString());
        table.print(cli.out(), "  ");
        if (!account.income().isZero()) {
            cli.out().println(cli.text("holdings.income", account.income().toPlainString(), currency));
        }
        List<String> slices = new ArrayList<>();
        for (AllocationSlice slice : account.allocation()) {
            slices.add(cli.text(
                    "holdings.slice", cli.text("securityType." + slice.type().cliName()), percent(slice.share())));
        }
        if (!slices.isEmpty()) {
            cli.out().println(cli.text("holdings.allocation", String.join(", ", slices)));
        }
        figure(report.returns().moneyWeighted());
        figure(report.returns().timeWeighted());
    }

    private void figure(ReturnFigure figure) {
        if (figure.rate().isEmpty()) {
            cli.out().println("  " + figure.explanation());
            return;
        }
        String key = figure.yearly() ? "holdings.return.yearly" : "holdings.return.period";
        cli.out().println(cli.text(key, percent(figure.rate().get()), figure.explanation()));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
}
