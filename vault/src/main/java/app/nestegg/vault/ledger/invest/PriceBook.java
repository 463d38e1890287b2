package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.store.generated.Tables.SECURITY_PRICE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The price of a security on a day: the newest stored price or trade price on or before it (a stored price wins over a
 * trade's on the same day), divided by the ratio of every split recorded after that price's day and on or before the
 * day asked for, so a price from before a split values the shares held after it.
 */
final class PriceBook {

    /** A price and the day it was seen. */
    record Point(LocalDate date, BigDecimal price) {}

    private final Map<UUID, NavigableMap<LocalDate, BigDecimal>> stored = new HashMap<>();
    private final Map<UUID, NavigableMap<LocalDate, BigDecimal>> traded = new HashMap<>();
    private final Map<UUID, NavigableMap<LocalDate, BigDecimal>> splits = new HashMap<>();

    /** Loads the stored prices of the traded securities; the trades give trade prices and splits. */
    static PriceBook load(DSLContext dsl, List<Trade> trades) {
        PriceBook book = new PriceBook();
        Collection<UUID> securities =
                trades.stream().map(Trade::securityId).distinct().toList();
        dsl.selectFrom(SECURITY_PRICE)
                .where(SECURITY_PRICE.SECURITY_ID.in(securities))
                .forEach(r -> book.stored
                        .computeIfAbsent(r.getSecurityId(), id -> new TreeMap<>())
                        .put(r.getPriceDate(), r.getPrice()));
        for (Trade trade : trades) {
            if (trade.kind() == TradeKind.SPLIT) {
                book.splits
                        .computeIfAbsent(trade.securityId(), id -> new TreeMap<>())
                        .merge(trade.date(), trade.quantity(), BigDecimal::multiply);
            } else {
                trade.price()
                        .ifPresent(price -> book.traded
                                .computeIfAbsent(trade.securityId(), id -> new TreeMap<>())
                                .put(trade.date(), price));
            }
        }
        return book;
    }

    Optional<Point> price(UUID security, LocalDate date) {
        var fromStore = newest(stored, security, date);
        var fromTrade = newest(traded, security, date);
        Map.Entry<LocalDate, BigDecimal> best;
        if (fromStore == null) {
            best = fromTrade;
        } else if (fromTrade == null || !fromTrade.getKey().isAfter(fromStore.getKey())) {
            best = fromStore;
        } else {
            best = fromTrade;
        }
        if (best == null) {
            return Optional.empty();
        }
        BigDecimal ratio = BigDecimal.ONE;
        for (BigDecimal split : splits.getOrDefault(security, new TreeMap<>())
                .subMap(best.getKey(), false, date, true)
                .values()) {
            ratio = ratio.multiply(split);
        }
        BigDecimal price = ratio.compareTo(BigDecimal.ONE) == 0
                ? best.getValue()
                : best.getValue().divide(ratio, 10, RoundingMode.HALF_EVEN);
        return Optional.of(new Point(best.getKey(), price.stripTrailingZeros()));
    }

    private static Map.Entry<LocalDate, BigDecimal> newest(
            Map<UUID, NavigableMap<LocalDate, BigDecimal>> prices, UUID security, LocalDate date) {
        NavigableMap<LocalDate, BigDecimal> series = prices.get(security);
        return series == null ? null : series.floorEntry(date);
    }
}
