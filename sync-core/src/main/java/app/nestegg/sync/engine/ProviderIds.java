package app.nestegg.sync.engine;

import app.nestegg.vault.bank.SyncedRows;
import app.nestegg.vault.store.ChangeWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which rows of a connection's accounts hold which provider ids, read by the run's first page (one index range scan
 * per account) and kept in step as the run's pages add, re-link and delete rows, so a page asks no query per id: H2
 * used no index for a page-wide lookup (docs/benchmark-notes.md, "Bank sync"). It lives for one run, which ends at the first
 * page that fails, so the steps of a rolled-back page are never read again.
 *
 * <p>Other writes may come between pages: a row it names is therefore confirmed in the database before use, and
 * looked up there when the row no longer holds the id.
 */
final class ProviderIds {

    /** The database's order of UUIDs (unsigned bytes), so that of several holders the same row comes first. */
    private static final Comparator<UUID> STORED_ORDER = Comparator.comparing(
                    UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final SyncedRows synced;
    private final Collection<UUID> accountIds;
    private final Map<String, List<UUID>> rowsById = new HashMap<>();
    private final Map<UUID, String> idOfRow = new HashMap<>();
    private boolean read;

    ProviderIds(SyncedRows synced, Collection<UUID> accountIds) {
        this.synced = synced;
        this.accountIds = List.copyOf(accountIds);
    }

    /** The row holding the provider id, the first in the database's order where several do. */
    Optional<UUID> held(ChangeWriter w, String externalId) {
        load(w);
        List<UUID> rows = rowsById.get(externalId);
        if (rows == null) {
            return Optional.empty();
        }
        UUID first = rows.getFirst();
        if (synced.holds(w, first, accountIds, externalId)) {
            return Optional.of(first);
        }
        Optional<UUID> stored = synced.byExternalId(w, accountIds, externalId);
        rows.forEach(idOfRow::remove);
        rowsById.remove(externalId);
        stored.ifPresent(row -> added(row, externalId));
        return stored;
    }

    /** A row now holds the provider id: a new one, or one whose id the run changed (its former id is let go). */
    void added(UUID row, String externalId) {
        let(row);
        List<UUID> rows = rowsById.computeIfAbsent(externalId, key -> new ArrayList<>(1));
        rows.add(row);
        rows.sort(STORED_ORDER);
        idOfRow.put(row, externalId);
    }

    /** The run deleted the row. */
    void deleted(UUID row) {
        let(row);
    }

    private void let(UUID row) {
        String former = idOfRow.remove(row);
        if (former == null) {
            return;
        }
        List<UUID> rows = rowsById.get(former);
        rows.remove(row);
        if (rows.isEmpty()) {
            rowsById.remove(former);
        }
    }

    /** Reads the accounts' provider ids, the first time only; each page calls it before it changes rows. */
    void load(ChangeWriter w) {
        if (read) {
            return;
        }
        for (UUID account : accountIds) {
            synced.externalIds(w, account).forEach(this::added);
        }
        read = true;
    }
}
