package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Values one account's positions on any day from its trades, the price book and the day's exchange rates. */
final class AccountValuer {

    /** A position on a day with its price (security currency) and value in both currencies. */
    record Valued(Position position, Optional<PriceBook.Point> price, Money value, Money valueInAccount) {}

    private final Account account;
    private final List<Trade> trades;
    private final PriceBook prices;
    private final ExchangeRates rates;
    private final Map<UUID, Security> securities;

    AccountValuer(
            Account account,
            List<Trade> trades,
            PriceBook prices,
            ExchangeRates rates,
            Map<UUID, Security> securities) {
        this.account = account;
        this.trades = trades;
        this.prices = prices;
        this.rates = rates;
        this.securities = securities;
    }

    Account account() {
        return account;
    }

    List<Trade> trades() {
        return trades;
    }

    Security security(UUID id) {
        return securities.get(id);
    }

    /** The positions after the trades before the day, and the day's own trades too when {@code withDay}. */
    PositionBook positions(LocalDate date, boolean withDay) {
        return positions(date, trade -> trade.date().isBefore(date) || withDay);
    }

    /** The positions after the trades up to the day that {@code include} accepts. */
    PositionBook positions(LocalDate date, Predicate<Trade> include) {
        PositionBook book =
                new PositionBook(account.currency(), id -> securities.get(id).symbol());
        for (Trade trade : trades) {
            if (!trade.date().isAfter(date) && include.test(trade)) {
                book.apply(trade);
            }
        }
        return book;
    }

    Valued value(Position position, LocalDate date) {
        Security security = securities.get(position.securityId());
        Optional<PriceBook.Point> price = prices.price(security.id(), date);
        BigDecimal quantity = position.quantity();
        Money value = price.map(p -> Money.rounded(quantity.multiply(p.price()), security.currency()))
                .orElse(Money.zero(security.currency()));
        Money inAccount =
                value.isZero() ? Money.zero(account.currency()) : rates.convert(value, account.currency(), date);
        return new Valued(position, price, value, inAccount);
    }

    /** Quantity × the trade's price in the account's currency at the trade date's rate; zero without a price. */
    Money worth(Trade trade) {
        Security security = securities.get(trade.securityId());
        return trade.price()
                .map(price -> Money.rounded(trade.quantity().multiply(price), security.currency()))
                .filter(value -> !value.isZero())
                .map(value -> rates.convert(value, account.currency(), trade.date()))
                .orElse(Money.zero(account.currency()));
    }

    /** The market value in the account's currency of the positions on the day. */
    Money value(LocalDate date, boolean withDay) {
        return value(date, trade -> trade.date().isBefore(date) || withDay);
    }

    /** The market value in the account's currency of the positions after the accepted trades up to the day. */
    Money value(LocalDate date, Predicate<Trade> include) {
        Money total = Money.zero(account.currency());
        for (Position position : positions(date, include).positions().values()) {
            if (position.quantity().signum() > 0) {
                total = total.plus(value(position, date).valueInAccount());
            }
        }
        return total;
    }
}
