package app.nestegg.vault.ledger;

import java.util.Objects;
import java.util.UUID;

/** One part of a split transaction: an amount assigned to a category (or to none). */
public record Split(UUID categoryId, Money amount, String memo) {

    public Split {
        Objects.requireNonNull(amount, "amount");
    }
}
