package app.nestegg.vault.ledger.goals;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Money put toward a goal on a day (or taken from it, when negative), in the goal's currency. */
public record Contribution(UUID id, UUID goalId, LocalDate date, Money amount, String note) {

    public Contribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
