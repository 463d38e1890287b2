package app.nestegg.vault.household.merge;

import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.ChangeValues;
import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows of a merge's new entries that the change log held no entry of before the merge, folded from those entries in
 * memory: every entry such a row has is one of them, so this fold is the one the log would give. No table holds such a
 * row, and no row a table holds names one (tables hold only rows the log knows, and a row naming one it does not know is
 * hidden or cleared by the merge), so the merge inserts them without {@code MERGE} and asks no table what refers to
 * them.
 */
final class NewRows {

    private final Map<String, Map<UUID, FoldedRow>> rows = new HashMap<>();

    private NewRows() {}

    /** No new rows: every row is folded from the log. */
    static NewRows none() {
        return new NewRows();
    }

    /** The rows of {@code fresh} but those in {@code seenBefore} (keyed by {@link #key}). */
    static NewRows of(List<ChangeLogRecord> fresh, Set<String> seenBefore) {
        NewRows result = new NewRows();
        for (ChangeLogRecord entry : fresh) {
            if (!seenBefore.contains(key(entry.getTableName(), entry.getRowId()))) {
                result.rows
                        .computeIfAbsent(entry.getTableName(), k -> new HashMap<>())
                        .computeIfAbsent(entry.getRowId(), FoldedRow::new)
                        .add(
                                new Stamp(entry.getHlc(), entry.getMemberId(), entry.getId()),
                                ChangeOperation.valueOf(entry.getOperation()),
                                ChangeValues.decode(entry.getChangedColumns()));
            }
        }
        return result;
    }

    static String key(String table, UUID row) {
        return table + ":" + row;
    }

    /** The row folded from its entries, or null when it is not a new row. */
    FoldedRow fold(String table, UUID id) {
        Map<UUID, FoldedRow> tableRows = rows.get(table);
        return tableRows == null ? null : tableRows.get(id);
    }

    boolean isNew(String table, UUID id) {
        return fold(table, id) != null;
    }

    /** Those of {@code ids} that are not new rows: the ones a table may hold or refer to. */
    Set<UUID> seenBefore(String table, Collection<UUID> ids) {
        Map<UUID, FoldedRow> tableRows = rows.getOrDefault(table, Map.of());
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            if (!tableRows.containsKey(id)) {
                seen.add(id);
            }
        }
        return seen;
    }
}
