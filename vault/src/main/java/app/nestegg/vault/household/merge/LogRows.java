package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;

import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.ChangeValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Batched reads of the change log and of the shared tables that the merge recomputes rows from. */
final class LogRows {

    static final int CHUNK = 1000;

    private LogRows() {}

    /**
     * Each row folded from all its entries in the log. The query names only the row ids, so that H2 looks them up in
     * {@code change_log_by_row_id} (it uses an index for an IN list only on the index's first column, and with the
     * table name in the query it chose the table-name index and read all of the table's entries); the table is checked
     * here.
     */
    static Map<UUID, FoldedRow> fold(DSLContext dsl, String table, Collection<UUID> ids) {
        Map<UUID, FoldedRow> rows = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            dsl.select(
                            CHANGE_LOG.ROW_ID,
                            CHANGE_LOG.ID,
                            CHANGE_LOG.HLC,
                            CHANGE_LOG.MEMBER_ID,
                            CHANGE_LOG.OPERATION,
                            CHANGE_LOG.CHANGED_COLUMNS,
                            CHANGE_LOG.TABLE_NAME)
                    .from(CHANGE_LOG)
                    .where(CHANGE_LOG.ROW_ID.in(chunk))
                    .forEach(r -> {
                        if (r.value7().equals(table)) {
                            rows.computeIfAbsent(r.value1(), FoldedRow::new)
                                    .add(
                                            new Stamp(r.value3(), r.value4(), r.value2()),
                                            ChangeOperation.valueOf(r.value5()),
                                            ChangeValues.decode(r.value6()));
                        }
                    });
        }
        return rows;
    }

    /**
     * The rows, as {@link NewRows#key}, of which the log holds any entry; asked before a merge stores its entries, to tell
     * the rows it brings first from those it changes.
     */
    static Set<String> withEntries(DSLContext dsl, Collection<UUID> ids) {
        Set<String> rows = new HashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            dsl.select(CHANGE_LOG.TABLE_NAME, CHANGE_LOG.ROW_ID)
                    .from(CHANGE_LOG)
                    .where(CHANGE_LOG.ROW_ID.in(chunk))
                    .forEach(r -> rows.add(NewRows.key(r.value1(), r.value2())));
        }
        return rows;
    }

    /** The rows of {@code ids} that the log holds a delete for; by row id alone, as {@link #fold} reads. */
    static Set<UUID> deleted(DSLContext dsl, String table, Collection<UUID> ids) {
        Set<UUID> deleted = new HashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            dsl.select(CHANGE_LOG.ROW_ID, CHANGE_LOG.TABLE_NAME, CHANGE_LOG.OPERATION)
                    .from(CHANGE_LOG)
                    .where(CHANGE_LOG.ROW_ID.in(chunk))
                    .forEach(r -> {
                        if (r.value2().equals(table) && r.value3().equals(ChangeOperation.DELETE.name())) {
                            deleted.add(r.value1());
                        }
                    });
        }
        return deleted;
    }

    /** The rows of {@code ids} the table shows now. */
    static Set<UUID> present(DSLContext dsl, Table<?> table, Collection<UUID> ids) {
        return matching(dsl, table, ReplicatedTables.idOf(table), ids);
    }

    /** The ids of the table's rows whose {@code column} is one of {@code values}. */
    static Set<UUID> matching(DSLContext dsl, Table<?> table, Field<UUID> column, Collection<UUID> values) {
        Set<UUID> found = new HashSet<>();
        Field<UUID> id = ReplicatedTables.idOf(table);
        for (List<UUID> chunk : chunks(values)) {
            found.addAll(dsl.select(id).from(table).where(column.in(chunk)).fetch(id));
        }
        return found;
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        return chunks(values, CHUNK);
    }

    static <T> List<List<T>> chunks(Collection<T> values, int size) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> all = new ArrayList<>(values);
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }
}
