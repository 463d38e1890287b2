package app.nestegg.vault.store;

import java.util.List;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads every row of every table once, so a damaged page anywhere in a database shows up now rather than in a later
 * query. Opening a database reads only the pages its schema and first queries need.
 */
final class EveryRow {

    private EveryRow() {}

    static Void read(DSLContext dsl) {
        List<String> tables = dsl.fetch(
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
                .getValues(0, String.class);
        for (String table : tables) {
            try (Cursor<Record> rows = dsl.fetchLazy("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                while (rows.hasNext()) {
                    rows.fetchNext();
                }
            }
        }
        return null;
    }
}
