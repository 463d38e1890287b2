package app.nestegg.vault.household.merge;

import app.nestegg.vault.store.ChangeOperation;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One row as the set of its change-log entries makes it, whatever order they arrived in: it exists once an insert is
 * known and no delete (a delete is a tombstone that wins over every edit, older or newer), and each column holds the
 * value of the entry with the greatest {@link Stamp}.
 */
final class FoldedRow {

    private final UUID id;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, Stamp> stamps = new HashMap<>();
    private Stamp newestInsert;
    private boolean deleted;

    FoldedRow(UUID id) {
        this.id = id;
    }

    void add(Stamp stamp, ChangeOperation operation, Map<String, Object> columns) {
        switch (operation) {
            case DELETE -> deleted = true;
            case INSERT, UPDATE -> {
                if (operation == ChangeOperation.INSERT && stamp.after(newestInsert)) {
                    newestInsert = stamp;
                }
                columns.forEach((column, value) -> {
                    if (stamp.after(stamps.get(column))) {
                        stamps.put(column, stamp);
                        values.put(column, value);
                    }
                });
            }
        }
    }

    UUID id() {
        return id;
    }

    boolean exists() {
        return newestInsert != null && !deleted;
    }

    boolean deleted() {
        return deleted;
    }

    /** The winning value of a column in its JSON form. */
    Object value(String column) {
        return values.get(column);
    }

    Map<String, Object> values() {
        return values;
    }

    Stamp stampOf(String column) {
        return stamps.get(column);
    }

    Stamp newestInsert() {
        return newestInsert;
    }
}
