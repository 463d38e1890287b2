package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.LedgerInputException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Replays an account's trades, in date order and within a day in the order they were recorded, into one position per
 * security (first in, first out). A sale of more shares than are held at that point is refused.
 */
final class PositionBook {

    private final Currency currency;
    private final Function<UUID, String> symbols;
    private final Map<UUID, Position> positions = new LinkedHashMap<>();

    PositionBook(Currency currency, Function<UUID, String> symbols) {
        this.currency = currency;
        this.symbols = symbols;
    }

    static PositionBook replay(Currency currency, Function<UUID, String> symbols, List<Trade> trades) {
        PositionBook book = new PositionBook(currency, symbols);
        trades.forEach(book::apply);
        return book;
    }

    void apply(Trade trade) {
        Position position = positions.computeIfAbsent(trade.securityId(), id -> new Position(id, currency));
        switch (trade.kind()) {
            case BUY ->
                position.buy(
                        trade.date(),
                        trade.quantity(),
                        trade.value().plus(trade.fees()).minor());
            case REINVEST -> {
                position.buy(
                        trade.date(),
                        trade.quantity(),
                        trade.value().plus(trade.fees()).minor());
                position.dividend(trade.value().minor());
            }
            case DIVIDEND -> position.dividend(trade.value().minor());
            case SPLIT -> position.split(trade.quantity());
            case SELL -> {
                requireHeld(position, trade, "sell");
                position.sell(
                        trade.quantity(), trade.value().minus(trade.fees()).minor());
            }
            case ADJUST_IN ->
                position.buy(trade.date(), trade.quantity(), trade.value().minor());
            case ADJUST_OUT -> {
                requireHeld(position, trade, "remove");
                position.remove(trade.quantity());
            }
        }
    }

    private void requireHeld(Position position, Trade trade, String verb) {
        var held = position.quantity();
        if (held.compareTo(trade.quantity()) < 0) {
            throw new LedgerInputException(
                    "quantity",
                    "Cannot " + verb + " "
                            + trade.quantity().stripTrailingZeros().toPlainString() + " "
                            + symbols.apply(trade.securityId()) + " on " + trade.date() + ": the account holds "
                            + held.stripTrailingZeros().toPlainString() + " then");
        }
    }

    Map<UUID, Position> positions() {
        return positions;
    }
}
