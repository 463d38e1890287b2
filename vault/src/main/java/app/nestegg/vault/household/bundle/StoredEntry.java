package app.nestegg.vault.household.bundle;

import app.nestegg.vault.store.ChangeOperation;
import java.util.Objects;
import java.util.UUID;

/**
 * A change-log entry as the log stores it, on its way into a bundle: the changed columns still in their stored JSON
 * text ({@code ChangeValues}), so the writer can copy them through instead of building a map for each entry.
 */
public record StoredEntry(
        UUID id, long hlc, UUID memberId, String table, UUID rowId, ChangeOperation operation, String columnsJson) {

    public StoredEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(columnsJson, "columnsJson");
    }
}
