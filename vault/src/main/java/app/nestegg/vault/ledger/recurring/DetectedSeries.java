package app.nestegg.vault.ledger.recurring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A recurring series the detector found.
 *
 * @param payee the payee as last written
 * @param payeeKey the payee as the detector compares it ({@link PayeeKey})
 * @param typicalAmount the median of the occurrences, signed, in the account's minor units
 * @param nextAmount the amount expected next: the latest occurrence's
 * @param occurrences the days it happened, oldest first
 */
public record DetectedSeries(
        UUID accountId,
        String payee,
        String payeeKey,
        Recurrence recurrence,
        long typicalAmount,
        LocalDate nextDate,
        long nextAmount,
        List<LocalDate> occurrences) {

    public DetectedSeries {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(payeeKey, "payeeKey");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(nextDate, "nextDate");
        occurrences = List.copyOf(occurrences);
        if (occurrences.size() < RecurringDetector.MIN_OCCURRENCES) {
            throw new IllegalArgumentException("a series has at least " + RecurringDetector.MIN_OCCURRENCES
                    + " occurrences, not " + occurrences.size());
        }
    }

    public Cadence cadence() {
        return recurrence.cadence();
    }

    public LocalDate lastSeen() {
        return occurrences.getLast();
    }
}
