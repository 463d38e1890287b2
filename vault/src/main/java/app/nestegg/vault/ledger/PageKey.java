package app.nestegg.vault.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Where a register page ends: the date and id of its last row, from which the next page continues. */
public record PageKey(LocalDate date, UUID id) {

    public PageKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(id, "id");
    }
}
