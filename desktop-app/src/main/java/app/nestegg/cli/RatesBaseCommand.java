package app.nestegg.cli;

import app.nestegg.vault.ledger.Currencies;
import app.nestegg.vault.ledger.ExchangeRates;
import java.util.Currency;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rates base [CODE]}: shows the base currency totals are converted into, or sets it. */
@Command(name = "base", sortOptions = false)
final class RatesBaseCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", descriptionKey = "arg.rates.base.code")
    String code;

    RatesBaseCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Currency wanted = code == null ? null : Currencies.of(code, "currency");
        try (OpenVault vault = cli.openVault()) {
            ExchangeRates rates = vault.session().ledger().rates();
            if (wanted != null) {
                rates.setBaseCurrency(wanted);
            }
            cli.out().println(cli.text("rates.base", rates.baseCurrency().getCurrencyCode()));
        }
        return ExitCodes.OK;
    }
}
