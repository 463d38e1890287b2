package app.nestegg.vault.ledger;

import java.util.Objects;
import java.util.UUID;

/** A category as stored, inside its group; hidden ones stay on old transactions but leave pickers. */
public record Category(UUID id, UUID groupId, String name, int position, boolean hidden) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(name, "name");
    }
}
