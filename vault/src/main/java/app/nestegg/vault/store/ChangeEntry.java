package app.nestegg.vault.store;

import java.util.Map;
import java.util.UUID;

/** One change-log entry: which member changed which columns of which row, and when (hybrid logical clock). */
public record ChangeEntry(
        long hlc, UUID memberId, String table, UUID rowId, ChangeOperation operation, Map<String, Object> columns) {

    public ChangeEntry {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }
}
