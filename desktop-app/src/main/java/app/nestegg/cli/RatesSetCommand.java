package app.nestegg.cli;

import app.nestegg.vault.ledger.Currencies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rates set}: records how many units of one currency a unit of another bought on a day. */
@Command(name = "set", sortOptions = false)
final class RatesSetCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--from", paramLabel = "CODE", required = true, order = 1)
    String from;

    @Option(names = "--to", paramLabel = "CODE", required = true, order = 2)
    String to;

    @Option(names = "--rate", paramLabel = "DECIMAL", required = true, order = 3)
    String rate;

    @Option(names = "--date", paramLabel = "DATE", order = 4)
    String date;

    RatesSetCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Currency fromCurrency = Currencies.of(from, "--from");
        Currency toCurrency = Currencies.of(to, "--to");
        LedgerArgs args = new LedgerArgs(cli);
        BigDecimal value = args.amount("--rate", rate);
        LocalDate day = date == null ? cli.today() : args.date("--date", date);
        try (OpenVault vault = cli.openVault()) {
            vault.session().ledger().rates().set(fromCurrency, toCurrency, day, value);
        }
        cli.out()
                .println(cli.text("rates.set", fromCurrency.getCurrencyCode(), value.toPlainString(), toCurrency, day));
        return ExitCodes.OK;
    }
}
