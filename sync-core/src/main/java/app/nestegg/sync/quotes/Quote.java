package app.nestegg.sync.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A security's latest price as a quote source gives it.
 *
 * @param symbol in upper case
 * @param currency the currency of the price, or null when the source does not say (then it is the security's own)
 * @param date the market day the price is of
 */
public record Quote(String symbol, BigDecimal price, Currency currency, LocalDate date) {

    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(date, "date");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("a price is not negative");
        }
    }
}
