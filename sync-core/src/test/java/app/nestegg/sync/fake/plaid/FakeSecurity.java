package app.nestegg.sync.fake.plaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A security a fake Item holds. Everything but the id may be null, as in Plaid's {@code Security}. */
public record FakeSecurity(
        String securityId,
        String name,
        String tickerSymbol,
        String type,
        boolean cashEquivalent,
        BigDecimal closePrice,
        LocalDate closePriceAsOf,
        String isoCurrencyCode) {

    public FakeSecurity {
        Objects.requireNonNull(securityId, "securityId");
    }
}
