package app.nestegg.vault.ledger.recurring;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One money movement expected on a day: an occurrence of a scheduled transaction or of a detected series nobody decided
 * on yet. What the bills-due notice and the cash-flow forecast read.
 *
 * @param scheduledId the scheduled transaction it comes from, or null for a detected series
 * @param seriesId the detected series it comes from, or null for a scheduled transaction
 */
public record ExpectedItem(
        LocalDate date, UUID accountId, String payee, Money amount, UUID scheduledId, UUID seriesId) {

    public ExpectedItem {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(amount, "amount");
        if ((scheduledId == null) == (seriesId == null)) {
            throw new IllegalArgumentException("an expected item comes from a scheduled transaction or a series");
        }
    }

    public boolean scheduled() {
        return scheduledId != null;
    }
}
