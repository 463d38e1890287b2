package app.nestegg.vault.ledger.dashboard;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One of the month's largest transactions: its amount in the account's currency and, for ranking across currencies,
 * in the base currency at the day's rate. {@code categoryName} is empty when it has no single category.
 */
public record LargeTransaction(
        UUID id,
        UUID accountId,
        String accountName,
        LocalDate date,
        String payee,
        String categoryName,
        Money amount,
        Money baseAmount) {

    public LargeTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(baseAmount, "baseAmount");
    }
}
