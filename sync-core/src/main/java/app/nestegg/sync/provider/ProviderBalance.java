package app.nestegg.sync.provider;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A linked account's balance in the ledger's sign: what the account is worth to the user, so a credit card with 120
 * owed has {@code current} −120.
 *
 * @param current the balance, or null when the provider sent only the available amount
 * @param available what can be spent now, or null
 * @param limit the credit or overdraft limit as a positive amount, or null
 */
public record ProviderBalance(
        String accountId, BigDecimal current, BigDecimal available, BigDecimal limit, String currencyCode) {

    public ProviderBalance {
        Objects.requireNonNull(accountId, "accountId");
        if (current == null && available == null) {
            throw new IllegalArgumentException("a balance needs a current or an available amount");
        }
    }
}
