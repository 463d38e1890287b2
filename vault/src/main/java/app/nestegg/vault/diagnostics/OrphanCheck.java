package app.nestegg.vault.diagnostics;

import app.nestegg.vault.store.generated.Public;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Rows whose parent is gone, for every foreign key the schema declares (read from the generated schema, so a new
 * table is checked without a list to keep). The database enforces these keys, so an orphan means the file was changed
 * outside the app or the enforcement was switched off.
 */
final class OrphanCheck {

    private OrphanCheck() {}

    static void find(DSLContext dsl, List<Problem> problems) {
        for (Table<?> child : Public.PUBLIC.getTables()) {
            for (ForeignKey<?, ?> reference : child.getReferences()) {
                if (reference.getFields().size() == 1) {
                    find(dsl, child, reference, problems);
                }
            }
        }
    }

    private static void find(DSLContext dsl, Table<?> child, ForeignKey<?, ?> reference, List<Problem> problems) {
        String column = name(reference.getFields().getFirst());
        Table<?> parent = reference.getKey().getTable();
        String parentColumn = name(reference.getKey().getFields().getFirst());
        List<? extends TableField<?, ?>> key = child.getPrimaryKey().getFields();
        boolean idKey = key.size() == 1 && key.getFirst().getType() == UUID.class;
        String rowId = idKey ? "c." + name(key.getFirst()) : "NULL";
        for (Record r : dsl.fetch("SELECT " + rowId + ", c." + column + " FROM " + name(child) + " c WHERE c." + column
                + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + name(parent) + " p WHERE p." + parentColumn
                + " = c." + column + ") LIMIT " + LedgerCheck.LIMIT)) {
            List<UUID> ids = new ArrayList<>();
            if (r.get(0) != null) {
                ids.add(r.get(0, UUID.class));
            }
            Object missing = r.get(1);
            if (missing instanceof UUID parentId) {
                ids.add(parentId);
            }
            problems.add(new Problem(
                    ProblemKind.ORPHAN_ROW,
                    name(child),
                    ids,
                    column + " names " + name(parent) + " " + missing + ", which is gone"));
        }
    }

    private static String name(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    private static String name(TableField<?, ?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }
}
