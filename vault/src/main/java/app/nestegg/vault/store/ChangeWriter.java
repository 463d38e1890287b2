package app.nestegg.vault.store;

import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;

/**
 * The only way ledger rows are written: each insert, update and delete also appends a change-log entry naming the
 * table, the row, and exactly the columns that changed with their new values. Lives for one database transaction,
 * so a row and its entry commit together or not at all.
 */
public final class ChangeWriter {

    private final DSLContext dsl;
    private final ChangeLog log;
    private int logged;

    ChangeWriter(DSLContext dsl, ChangeLog log) {
        this.dsl = dsl;
        this.log = log;
    }

    /** The transaction's context, for reads and for derived tables that are rebuilt rather than logged. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Inserts the row; its entry carries every column. */
    public <R extends UpdatableRecord<R>> R insert(R record) {
        record.attach(dsl.configuration());
        record.insert();
        dsl.executeInsert(entry(record, ChangeOperation.INSERT, allColumns(record)));
        logged++;
        return record;
    }

    /** Inserts many rows of one table in one batch, with their entries in a second batch. */
    public <R extends UpdatableRecord<R>> void insertAll(List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        insertRows(records);
        List<ChangeLogRecord> entries = new ArrayList<>(records.size());
        for (R record : records) {
            entries.add(entry(record, ChangeOperation.INSERT, allColumns(record)));
        }
        insertRows(entries);
        logged += entries.size();
    }

    /**
     * Inserts the records as {@code record.insert()} would (the columns set on each, then the record attached and
     * unchanged), but renders one statement per set of columns and binds every record to it in a JDBC batch, instead
     * of rendering an insert per record as {@code batchInsert} does.
     */
    private <R extends TableRecord<R>> void insertRows(List<R> records) {
        Map<List<Field<?>>, List<R>> byColumns = new LinkedHashMap<>();
        for (R record : records) {
            List<Field<?>> columns = new ArrayList<>();
            for (Field<?> field : record.fields()) {
                if (record.changed(field)) {
                    columns.add(field);
                }
            }
            byColumns.computeIfAbsent(columns, k -> new ArrayList<>()).add(record);
        }
        byColumns.forEach((columns, group) -> {
            BatchBindStep batch = dsl.batch(
                    dsl.insertInto(group.getFirst().getTable()).columns(columns).values(new Object[columns.size()]));
            for (R record : group) {
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.get(columns.get(i));
                }
                batch = batch.bind(values);
            }
            batch.execute();
            for (R record : group) {
                record.attach(dsl.configuration());
                record.changed(false);
            }
        });
    }

    /**
     * Stores the columns set on the record since it was read; its entry carries only those. A record whose values
     * did not actually change is left alone and logs nothing.
     *
     * @return whether anything changed
     */
    public <R extends UpdatableRecord<R>> boolean update(R record) {
        record.attach(dsl.configuration());
        Map<String, Object> changed = changedColumns(record);
        if (changed.isEmpty()) {
            record.changed(false);
            return false;
        }
        record.update();
        dsl.executeInsert(entry(record, ChangeOperation.UPDATE, changed));
        logged++;
        return true;
    }

    /** Deletes the row; its entry carries no columns. */
    public <R extends UpdatableRecord<R>> void delete(R record) {
        record.attach(dsl.configuration());
        record.delete();
        dsl.executeInsert(entry(record, ChangeOperation.DELETE, Map.of()));
        logged++;
    }

    /** How many change-log entries this writer appended. */
    int logged() {
        return logged;
    }

    private ChangeLogRecord entry(UpdatableRecord<?> record, ChangeOperation operation, Map<String, Object> columns) {
        ChangeLogRecord entry = new ChangeLogRecord();
        entry.setId(Ids.newId());
        entry.setHlc(log.clock().next());
        entry.setMemberId(log.memberId());
        entry.setTableName(record.getTable().getName().toLowerCase(java.util.Locale.ROOT));
        entry.setRowId(rowId(record));
        entry.setOperation(operation.name());
        entry.setChangedColumns(ChangeValues.encode(columns));
        return entry;
    }

    private static UUID rowId(UpdatableRecord<?> record) {
        List<TableField<?, ?>> key =
                List.copyOf(record.getTable().getPrimaryKey().getFields());
        if (key.size() != 1 || !(record.get(key.get(0)) instanceof UUID id)) {
            throw new IllegalArgumentException(
                    record.getTable().getName() + " has no single UUID key, so it cannot be in the change log");
        }
        return id;
    }

    private static Map<String, Object> allColumns(UpdatableRecord<?> record) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            columns.put(columnName(field), record.get(field));
        }
        return columns;
    }

    private static Map<String, Object> changedColumns(UpdatableRecord<?> record) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            if (record.changed(field) && !java.util.Objects.deepEquals(record.original(field), record.get(field))) {
                columns.put(columnName(field), record.get(field));
            } else {
                record.changed(field, false);
            }
        }
        return columns;
    }

    private static String columnName(Field<?> field) {
        return field.getName().toLowerCase(java.util.Locale.ROOT);
    }
}
