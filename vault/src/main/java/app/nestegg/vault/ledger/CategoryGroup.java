package app.nestegg.vault.ledger;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A group of categories of one kind, with its categories in order. */
public record CategoryGroup(UUID id, String name, CategoryKind kind, int position, List<Category> categories) {

    public CategoryGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
    }
}
