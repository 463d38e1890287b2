package app.nestegg.vault.ledger.recurring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the person sets when confirming a detected series; each null keeps what was detected.
 *
 * @param amount signed like the series (money out negative); the detected next amount when null
 * @param firstDue the first day to enter; the detected next day when null
 * @param cadence the detected cadence when null
 * @param categoryId no category when null
 */
public record Confirmation(BigDecimal amount, LocalDate firstDue, Cadence cadence, UUID categoryId, EntryMode mode) {

    public Confirmation {
        mode = mode == null ? EntryMode.APPROVE : mode;
    }

    /** Everything as detected, waiting for approval when due. */
    public static Confirmation asDetected() {
        return new Confirmation(null, null, null, null, EntryMode.APPROVE);
    }
}
