package app.nestegg.vault.diagnostics;

import app.nestegg.vault.household.merge.ReplicatedTables;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The change log is continuous (docs/decisions/0035-diagnostics-and-doctor.md): every row of a shared table has its
 * insert entry and no delete entry, no two of this vault's own entries share a clock time, and no entry names a
 * table outside {@link ReplicatedTables}.
 */
final class ChangeLogCheck {

    private ChangeLogCheck() {}

    static void find(DSLContext dsl, UUID self, List<Problem> problems) {
        List<String> shared = new ArrayList<>();
        for (ReplicatedTables.Shared table : ReplicatedTables.inOrder()) {
            String name = table.name();
            shared.add(name);
            for (Record r : dsl.fetch(
                    "SELECT x.id FROM " + name + " x WHERE NOT EXISTS (SELECT 1 FROM change_log c"
                            + " WHERE c.row_id = x.id AND c.table_name = ? AND c.operation = 'INSERT') ORDER BY x.id LIMIT "
                            + LedgerCheck.LIMIT,
                    name)) {
                problems.add(new Problem(
                        ProblemKind.CHANGE_LOG_INSERT_MISSING,
                        name,
                        List.of(r.get(0, UUID.class)),
                        "the row has no insert entry"));
            }
            for (Record r : dsl.fetch(
                    "SELECT x.id, c.id FROM change_log c JOIN " + name + " x ON x.id = c.row_id"
                            + " WHERE c.table_name = ? AND c.operation = 'DELETE' ORDER BY x.id LIMIT "
                            + LedgerCheck.LIMIT,
                    name)) {
                problems.add(new Problem(
                        ProblemKind.CHANGE_LOG_DELETED_ROW_PRESENT,
                        name,
                        List.of(r.get(0, UUID.class), r.get(1, UUID.class)),
                        "delete entry " + r.get(1) + " removed the row, yet it is present"));
            }
        }
        for (String table :
                dsl.fetch("SELECT DISTINCT table_name FROM change_log").getValues(0, String.class)) {
            if (shared.contains(table)) {
                continue;
            }
            for (Record r : dsl.fetch(
                    "SELECT id FROM change_log WHERE table_name = ? ORDER BY id LIMIT " + LedgerCheck.LIMIT, table)) {
                problems.add(new Problem(
                        ProblemKind.CHANGE_LOG_UNKNOWN_TABLE,
                        "change_log",
                        List.of(r.get(0, UUID.class)),
                        "the entry names table " + table + ", which no household member shares"));
            }
        }
        for (Record r : dsl.fetch(
                "SELECT c.hlc, ARRAY_AGG(c.id ORDER BY c.id) FROM change_log c"
                        + " WHERE c.member_id = ? GROUP BY c.hlc HAVING COUNT(*) > 1 ORDER BY c.hlc LIMIT "
                        + LedgerCheck.LIMIT,
                self)) {
            List<UUID> ids = new ArrayList<>();
            for (Object id : (Object[]) r.get(1)) {
                ids.add((UUID) id);
            }
            problems.add(new Problem(
                    ProblemKind.CHANGE_LOG_CLOCK_REPEATED,
                    "change_log",
                    ids,
                    "own entries share the clock time " + r.get(0, Long.class)));
        }
    }
}
