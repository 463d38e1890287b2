package app.nestegg.cli;

import app.nestegg.vault.ledger.invest.Investments;
import app.nestegg.vault.ledger.invest.Security;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code prices set SYMBOL DATE PRICE}: records or replaces one day's price. */
@Command(name = "set", sortOptions = false)
final class PricesSetCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "SYMBOL", descriptionKey = "arg.prices.symbol")
    String symbol;

    @Parameters(index = "1", paramLabel = "DATE", descriptionKey = "arg.prices.date")
    String date;

    @Parameters(index = "2", paramLabel = "PRICE", descriptionKey = "arg.prices.price")
    String price;

    PricesSetCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LedgerArgs args = new LedgerArgs(cli);
        LocalDate day = args.date("DATE", date);
        BigDecimal value = args.amount("PRICE", price);
        Security security;
        try (OpenVault vault = cli.openVault()) {
            Investments invest = vault.session().ledger().investments();
            security = invest.securities().find(symbol);
            invest.prices().set(security.id(), day, value);
        }
        cli.out()
                .println(cli.text(
                        "prices.set",
                        security.symbol(),
                        value.toPlainString(),
                        security.currency().getCurrencyCode(),
                        day));
        return ExitCodes.OK;
    }
}
