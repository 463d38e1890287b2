package app.nestegg.sync.fake.plaid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A position of a fake Item's investment account.
 *
 * @param institutionPriceAsOf the price's date, or null
 * @param institutionPriceDateTime the price's date and time, or null
 * @param costBasis the total paid, or null
 */
public record FakeHolding(
        String accountId,
        String securityId,
        BigDecimal quantity,
        BigDecimal institutionPrice,
        LocalDate institutionPriceAsOf,
        Instant institutionPriceDateTime,
        BigDecimal costBasis,
        String isoCurrencyCode) {

    public FakeHolding {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(securityId, "securityId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(institutionPrice, "institutionPrice");
    }

    /** The same position with another quantity, price and cost basis, as after a purchase or sale at the bank. */
    public FakeHolding with(BigDecimal newQuantity, BigDecimal newPrice, BigDecimal newCostBasis) {
        return new FakeHolding(
                accountId,
                securityId,
                newQuantity,
                newPrice,
                institutionPriceAsOf,
                institutionPriceDateTime,
                newCostBasis,
                isoCurrencyCode);
    }

    public BigDecimal institutionValue() {
        return quantity.multiply(institutionPrice).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
}
