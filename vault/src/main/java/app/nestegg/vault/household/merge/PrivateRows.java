package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;

import app.nestegg.vault.store.ChangeValues;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The rows that belong to a member's private accounts, which never enter a bundle: the accounts themselves, every row
 * any entry of which names one of them (transactions, reconciliations, trades, goal links, net-worth exclusions, rules
 * scoped to it, scheduled transactions), and the rows under those (splits, scheduled occurrences). A row that was ever
 * in a private account stays private, so moving it out later does not publish its history.
 */
final class PrivateRows {

    private static final List<String> OWNED_BY_ACCOUNT = List.of(
            "ledger_transaction",
            "reconciliation",
            "trade",
            "goal_account",
            "net_worth_exclusion",
            "rule",
            "scheduled_transaction");

    private final Map<String, Set<UUID>> rows = new HashMap<>();

    private PrivateRows() {}

    static PrivateRows of(DSLContext dsl, Set<UUID> privateAccounts) {
        PrivateRows result = new PrivateRows();
        if (privateAccounts.isEmpty()) {
            return result;
        }
        result.rows.put("account", Set.copyOf(privateAccounts));
        for (String table : OWNED_BY_ACCOUNT) {
            result.rows.put(table, naming(dsl, table, privateAccounts));
        }
        result.rows.put("split", under(dsl, "split", "transaction_id", result.of("ledger_transaction")));
        Set<UUID> occurrences = under(dsl, "scheduled_occurrence", "scheduled_id", result.of("scheduled_transaction"));
        occurrences.addAll(under(dsl, "scheduled_occurrence", "transaction_id", result.of("ledger_transaction")));
        result.rows.put("scheduled_occurrence", occurrences);
        return result;
    }

    boolean isPrivate(String table, UUID row) {
        return rows.getOrDefault(table, Set.of()).contains(row);
    }

    private Set<UUID> of(String table) {
        return rows.getOrDefault(table, Set.of());
    }

    private static Set<UUID> naming(DSLContext dsl, String table, Set<UUID> accounts) {
        Set<UUID> found = new HashSet<>();
        for (UUID account : accounts) {
            found.addAll(dsl.selectDistinct(CHANGE_LOG.ROW_ID)
                    .from(CHANGE_LOG)
                    .where(CHANGE_LOG.TABLE_NAME.eq(table))
                    .and(CHANGE_LOG.CHANGED_COLUMNS.contains("\"" + account + "\""))
                    .fetch(CHANGE_LOG.ROW_ID));
        }
        return found;
    }

    /** Rows of {@code table} any entry of which sets {@code column} to one of {@code parents}. */
    private static Set<UUID> under(DSLContext dsl, String table, String column, Set<UUID> parents) {
        Set<UUID> found = new HashSet<>();
        if (parents.isEmpty()) {
            return found;
        }
        Set<String> wanted = new HashSet<>();
        parents.forEach(p -> wanted.add(p.toString()));
        dsl.select(CHANGE_LOG.ROW_ID, CHANGE_LOG.CHANGED_COLUMNS)
                .from(CHANGE_LOG)
                .where(CHANGE_LOG.TABLE_NAME.eq(table))
                .and(CHANGE_LOG.CHANGED_COLUMNS.contains("\"" + column + "\""))
                .forEach(r -> {
                    if (ChangeValues.decode(r.value2()).get(column) instanceof String parent
                            && wanted.contains(parent)) {
                        found.add(r.value1());
                    }
                });
        return found;
    }
}
