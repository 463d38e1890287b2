package app.nestegg.vault.ledger.invest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** How old the prices of the securities held today are: what the price-update job fetches and the screens report. */
public final class PriceAges {

    private final Holdings holdings;

    PriceAges(Holdings holdings) {
        this.holdings = holdings;
    }

    /** Every security some account holds shares of on the day, once each, by symbol, with its newest price date. */
    public List<PriceAge> held(LocalDate asOf) {
        Map<UUID, PriceAge> bySecurity = new LinkedHashMap<>();
        for (AccountHoldings account : holdings.all(asOf)) {
            for (Holding holding : account.holdings()) {
                if (holding.isOpen()) {
                    bySecurity.putIfAbsent(
                            holding.security().id(), new PriceAge(holding.security(), holding.priceDate(), asOf));
                }
            }
        }
        return bySecurity.values().stream()
                .sorted(Comparator.comparing(age -> age.security().symbol()))
                .toList();
    }

    /** The stalest of {@code ages}: one with no price at all, else the one with the oldest price; empty when none. */
    public static Optional<PriceAge> stalest(List<PriceAge> ages) {
        return ages.stream()
                .min(Comparator.comparing((PriceAge age) -> age.lastPriceDate().orElse(LocalDate.MIN)));
    }
}
