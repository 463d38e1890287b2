package app.nestegg.vault.ledger.interest;

import app.nestegg.vault.ledger.Money;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * The interest of one account for one month, posted on the first day of the next month.
 *
 * @param amount earned (positive) or charged (negative); zero when nothing accrued, and then no transaction is written
 * @param transactionId the posted transaction, or null when the amount is zero
 */
public record InterestPosting(UUID accountId, YearMonth month, Money amount, UUID transactionId) {

    public InterestPosting {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(amount, "amount");
    }
}
