package app.nestegg.sync.provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One transaction as a provider reports it, in the ledger's sign: money into the account positive.
 *
 * @param description the bank's text for it (Plaid {@code name}, Teller {@code description})
 * @param merchantName the provider's cleaned-up payee, or null
 * @param pendingTransactionId on a posted row, the id of the pending row it replaces, or null
 * @param categoryHint the provider's own category ({@code FOOD_AND_DRINK}, {@code groceries}), or null
 */
public record ProviderTransaction(
        String id,
        String accountId,
        LocalDate date,
        BigDecimal amount,
        String currencyCode,
        String description,
        String merchantName,
        boolean pending,
        String pendingTransactionId,
        String categoryHint) {

    public ProviderTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
    }

    /** The payee the ledger shows: the merchant when the provider named one, else the bank's text. */
    public String payee() {
        return merchantName == null || merchantName.isBlank() ? description : merchantName;
    }
}
