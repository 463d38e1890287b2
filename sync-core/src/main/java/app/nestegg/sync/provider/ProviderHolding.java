package app.nestegg.sync.provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A position in a linked investment account.
 *
 * @param securityId the provider's id for the security
 * @param ticker the ticker symbol, or null (funds without one, cash)
 * @param price the provider's latest price per unit
 * @param priceDate the day that price is from, or null when the provider did not say
 * @param costBasis the total paid, or null
 * @param securityType the provider's word for the kind of security ({@code equity}, {@code etf}, {@code mutual fund},
 *     {@code fixed income}, {@code cryptocurrency}, {@code cash}), or null
 * @param cashEquivalent whether the position is the account's cash (or a money fund standing for it) rather than an
 *     investment
 */
public record ProviderHolding(
        String accountId,
        String securityId,
        String securityName,
        String ticker,
        BigDecimal quantity,
        BigDecimal price,
        LocalDate priceDate,
        BigDecimal costBasis,
        String currencyCode,
        String securityType,
        boolean cashEquivalent) {

    public ProviderHolding {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(securityId, "securityId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
    }
}
