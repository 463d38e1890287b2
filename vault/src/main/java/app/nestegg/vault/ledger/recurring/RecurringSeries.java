package app.nestegg.vault.ledger.recurring;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A detected series as stored, with the person's decision. */
public record RecurringSeries(
        UUID id,
        UUID accountId,
        String payee,
        String payeeKey,
        Recurrence recurrence,
        Money typicalAmount,
        LocalDate nextDate,
        Money nextAmount,
        int occurrences,
        LocalDate lastSeen,
        SeriesState state) {

    public RecurringSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(typicalAmount, "typicalAmount");
        Objects.requireNonNull(nextDate, "nextDate");
        Objects.requireNonNull(nextAmount, "nextAmount");
        Objects.requireNonNull(state, "state");
    }

    public Cadence cadence() {
        return recurrence.cadence();
    }
}
