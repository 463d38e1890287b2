package app.nestegg.vault.store;

import app.nestegg.vault.UnsafeVaultException;
import app.nestegg.vault.store.generated.Public;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Named;

/**
 * Checks an opened database against what the app creates, before any migration or query of ours touches it: no
 * triggers, aliases, linked tables or views, no Java object columns, no schema or table the migrations do not know.
 */
final class SchemaInspector {

    private static final Set<String> KNOWN_TABLES = knownTables();

    private SchemaInspector() {}

    static void refuseForeignObjects(Connection connection) throws SQLException {
        Set<String> found = new LinkedHashSet<>();
        collect(connection, found, "trigger", "SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS");
        collect(
                connection,
                found,
                "alias",
                "SELECT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA <> 'INFORMATION_SCHEMA'");
        collect(
                connection,
                found,
                "schema",
                "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA"
                        + " WHERE SCHEMA_NAME NOT IN ('PUBLIC', 'INFORMATION_SCHEMA')");
        collect(
                connection,
                found,
                "linked table or view",
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE <> 'BASE TABLE'");
        collect(
                connection,
                found,
                "Java object column",
                "SELECT TABLE_NAME || '.' || COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE = 'JAVA_OBJECT'");
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (tables.next()) {
                String name = tables.getString(1);
                if (!KNOWN_TABLES.contains(name.toLowerCase(Locale.ROOT))) {
                    found.add("unknown table " + name);
                }
            }
        }
        if (!found.isEmpty()) {
            throw new UnsafeVaultException("The vault database contains what Nest Egg never creates ("
                    + String.join(", ", found) + "). It was not used and nothing in it was run.");
        }
    }

    private static void collect(Connection connection, Set<String> found, String kind, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                found.add(kind + " " + rows.getString(1));
            }
        }
    }

    private static Set<String> knownTables() {
        Set<String> names = Public.PUBLIC.getTables().stream()
                .map(Named::getName)
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        names.add("flyway_schema_history");
        return Set.copyOf(names);
    }
}
