package app.nestegg.cli;

import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.ledger.invest.QuoteSourceKind;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings.Choice;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code prices source KIND [LOCATION]}: chooses where the price-update job fetches quotes: {@code none}, {@code http
 * URL} or {@code csv FILE}. The choice is checked before anything is stored.
 */
@Command(name = "source", sortOptions = false)
final class PricesSourceCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "arg.prices.sourceKind")
    String kind;

    @Parameters(index = "1", paramLabel = "LOCATION", arity = "0..1", descriptionKey = "arg.prices.sourceLocation")
    String location;

    PricesSourceCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        QuoteSourceKind chosen = QuoteSourceSettings.kind(kind, "KIND");
        if (chosen == QuoteSourceKind.NONE && location != null) {
            throw CliFailure.usage(cli.text("prices.source.noLocation"));
        }
        Choice choice = new Choice(chosen, location);
        try (OpenVault vault = cli.openVault()) {
            var invest = vault.session().ledger().investments();
            new QuoteSetup(invest.quoteSource(), cli.context().environment()).save(choice);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
        cli.out()
                .println(
                        chosen == QuoteSourceKind.NONE
                                ? cli.text("prices.source.none")
                                : cli.text(
                                        "prices.source.in", chosen.name().toLowerCase(Locale.ROOT), choice.location()));
        return ExitCodes.OK;
    }
}
