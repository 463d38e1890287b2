package app.nestegg.desktop.ledger;

import java.util.Objects;
import java.util.UUID;

/** Something picked from a list by its id, shown by its label: a category ("Food: Groceries") or an account. */
public record Choice(UUID id, String label) {

    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
        return label;
    }
}
