package app.nestegg.vault.ledger.recurring;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A bill, subscription or income expected again: entered on {@code nextDue} by the job ({@link EntryMode#AUTO}) or by
 * the person ({@link EntryMode#APPROVE}).
 *
 * @param categoryId the category the entered transaction gets, or null
 */
public record ScheduledTransaction(
        UUID id,
        UUID accountId,
        String payee,
        UUID categoryId,
        Money amount,
        Recurrence recurrence,
        LocalDate nextDue,
        EntryMode mode) {

    public ScheduledTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(nextDue, "nextDue");
        Objects.requireNonNull(mode, "mode");
    }

    public Cadence cadence() {
        return recurrence.cadence();
    }
}
