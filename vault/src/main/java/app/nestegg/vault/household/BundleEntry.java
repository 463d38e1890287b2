package app.nestegg.vault.household;

import app.nestegg.vault.store.ChangeOperation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One change-log entry as it travels in a bundle: its own id (so a receiver can tell an entry it has already seen), its
 * hybrid-logical-clock time and author, and the changed columns in their JSON form (strings, numbers, booleans,
 * null — see {@code ChangeValues}). Sealed columns travel opened, as UTF-8 text, because each vault seals with its own
 * key; the bundle's own encryption protects them on the way.
 */
public record BundleEntry(
        UUID id,
        long hlc,
        UUID memberId,
        String table,
        UUID rowId,
        ChangeOperation operation,
        Map<String, Object> columns) {

    public BundleEntry {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }
}
