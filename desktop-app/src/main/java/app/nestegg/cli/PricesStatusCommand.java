package app.nestegg.cli;

import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.ledger.invest.Investments;
import app.nestegg.vault.ledger.invest.PriceAge;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings.Choice;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code prices status}: the quote source in effect and, for each security held, its newest price's date and age. */
@Command(name = "status", sortOptions = false)
final class PricesStatusCommand implements Callable<Integer> {

    private final Cli cli;

    PricesStatusCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LocalDate today = cli.today();
        List<PriceAge> ages;
        Choice source;
        try (OpenVault vault = cli.openVault()) {
            Investments invest = vault.session().ledger().investments();
            ages = invest.priceAges().held(today);
            source = new QuoteSetup(invest.quoteSource(), cli.context().environment()).effective();
        }
        if (cli.options().json) {
            ObjectNode root = cli.jsonObject();
            root.put("source", source.kind().name().toLowerCase(Locale.ROOT));
            root.put("location", source.location().isEmpty() ? null : source.location());
            ArrayNode held = root.putArray("held");
            ages.forEach(age -> held.add(json(age)));
            cli.printJson(root);
            return ExitCodes.OK;
        }
        cli.out()
                .println(
                        source.location().isEmpty()
                                ? cli.text("prices.source.none")
                                : cli.text(
                                        "prices.source.in",
                                        source.kind().name().toLowerCase(Locale.ROOT),
                                        source.location()));
        if (ages.isEmpty()) {
            cli.out().println(cli.text("prices.status.nothingHeld"));
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(false, false, false);
        table.row(cli.text("prices.header.symbol"), cli.text("prices.header.date"), cli.text("prices.header.age"));
        for (PriceAge age : ages) {
            table.row(
                    age.security().symbol(),
                    age.lastPriceDate().map(LocalDate::toString).orElse("-"),
                    age(age));
        }
        table.print(cli.out(), "");
        return ExitCodes.OK;
    }

    private String age(PriceAge age) {
        return age.daysOld().isPresent()
                ? cli.text("prices.age", age.daysOld().getAsLong())
                : cli.text("prices.age.none");
    }

    private ObjectNode json(PriceAge age) {
        ObjectNode node = cli.jsonObject();
        node.put("symbol", age.security().symbol());
        node.put("last_price_date", age.lastPriceDate().map(LocalDate::toString).orElse(null));
        if (age.daysOld().isPresent()) {
            node.put("days_old", age.daysOld().getAsLong());
        } else {
            node.putNull("days_old");
        }
        return node;
    }
}
