package app.nestegg.vault.household.merge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Table;

/** What the merge will make of one row: shown with these values, or not shown, and why it is held if it is. */
final class RowPlan {

    final FoldedRow fold;
    final Map<Field<?>, Object> values = new LinkedHashMap<>();
    boolean visible;
    HeldReason held;
    ConflictKind conflict;
    String detail;

    RowPlan(Table<?> table, FoldedRow fold) {
        this.fold = fold;
        this.visible = fold.exists();
        if (visible) {
            ReplicatedTables.columns(table)
                    .forEach((name, field) -> values.put(field, ColumnValues.toColumn(field, fold.value(name))));
        }
    }

    UUID id() {
        return fold.id();
    }

    @SuppressWarnings("unchecked")
    <T> T get(Field<T> field) {
        return (T) values.get(field);
    }

    /** Not shown; {@code kind} is null when there is nothing to tell (a parent that has not arrived yet). */
    void hide(HeldReason reason, ConflictKind kind, String why) {
        visible = false;
        hold(reason, kind, why);
    }

    /** Shown otherwise than its entries say, and looked at again by every merge. */
    void hold(HeldReason reason, ConflictKind kind, String why) {
        held = reason;
        flag(kind, why);
    }

    /** A repair to tell the person about. */
    void flag(ConflictKind kind, String why) {
        conflict = kind;
        detail = why;
    }
}
