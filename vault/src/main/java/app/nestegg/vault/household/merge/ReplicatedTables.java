package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_AMOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_ROLLOVER;
import static app.nestegg.vault.store.generated.Tables.CATEGORY;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_GROUP;
import static app.nestegg.vault.store.generated.Tables.EXCHANGE_RATE;
import static app.nestegg.vault.store.generated.Tables.GOAL;
import static app.nestegg.vault.store.generated.Tables.GOAL_ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.GOAL_CONTRIBUTION;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.NET_WORTH_EXCLUSION;
import static app.nestegg.vault.store.generated.Tables.RECONCILIATION;
import static app.nestegg.vault.store.generated.Tables.RULE;
import static app.nestegg.vault.store.generated.Tables.SCHEDULED_OCCURRENCE;
import static app.nestegg.vault.store.generated.Tables.SCHEDULED_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SECURITY;
import static app.nestegg.vault.store.generated.Tables.SECURITY_PRICE;
import static app.nestegg.vault.store.generated.Tables.SPLIT;
import static app.nestegg.vault.store.generated.Tables.TRADE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The tables a household shares, parents before children, with the references and unique keys the merge keeps. Only
 * tables the ledger writes through the change log are here; left out, because they belong to one machine or hold a
 * secret: {@code import_source} and {@code csv_mapping} (how this computer's statement files map to accounts), the
 * bank tables and {@code provider_credentials} (tokens, provider state), {@code recurring_series} (each vault detects
 * on the merged ledger itself), jobs, notifications, settings, MFA, backup codes, consent, the audit log, members and
 * the merge's own tables; the month totals and net-worth snapshots are derived and rebuilt instead.
 */
public final class ReplicatedTables {

    /** A reference to a parent row: a hard one hides the child without its parent, a soft one is cleared instead. */
    public record Reference(TableField<?, UUID> column, Table<?> parent, boolean hard) {}

    /** One shared table: its references, unique keys beyond the id, and columns sealed with the field key. */
    public record Shared(Table<?> table, List<Reference> references, List<Field<?>> uniqueKey, List<String> sealed) {

        public String name() {
            return nameOf(table);
        }

        public Field<UUID> id() {
            return idOf(table);
        }
    }

    private static final Map<String, Shared> TABLES = new LinkedHashMap<>();
    private static final Map<String, Map<String, Field<?>>> COLUMNS = new ConcurrentHashMap<>();

    static {
        add(
                EXCHANGE_RATE,
                List.of(),
                List.of(EXCHANGE_RATE.FROM_CURRENCY, EXCHANGE_RATE.TO_CURRENCY, EXCHANGE_RATE.RATE_DATE));
        TABLES.put(
                "account",
                new Shared(ACCOUNT, List.of(), List.of(), List.of("address_sealed", "zip_sealed", "vin_sealed")));
        add(CATEGORY_GROUP, List.of(), List.of());
        add(CATEGORY, List.of(hard(CATEGORY.GROUP_ID, CATEGORY_GROUP)), List.of());
        add(SECURITY, List.of(), List.of(SECURITY.SYMBOL));
        add(
                SECURITY_PRICE,
                List.of(hard(SECURITY_PRICE.SECURITY_ID, SECURITY)),
                List.of(SECURITY_PRICE.SECURITY_ID, SECURITY_PRICE.PRICE_DATE));
        add(GOAL, List.of(), List.of());
        add(
                GOAL_ACCOUNT,
                List.of(hard(GOAL_ACCOUNT.GOAL_ID, GOAL), hard(GOAL_ACCOUNT.ACCOUNT_ID, ACCOUNT)),
                List.of(GOAL_ACCOUNT.GOAL_ID, GOAL_ACCOUNT.ACCOUNT_ID));
        add(GOAL_CONTRIBUTION, List.of(hard(GOAL_CONTRIBUTION.GOAL_ID, GOAL)), List.of());
        add(
                NET_WORTH_EXCLUSION,
                List.of(hard(NET_WORTH_EXCLUSION.ACCOUNT_ID, ACCOUNT)),
                List.of(NET_WORTH_EXCLUSION.ACCOUNT_ID));
        add(RULE, List.of(hard(RULE.ACCOUNT_ID, ACCOUNT), soft(RULE.SET_CATEGORY_ID)), List.of());
        add(
                BUDGET_AMOUNT,
                List.of(hard(BUDGET_AMOUNT.CATEGORY_ID, CATEGORY)),
                List.of(BUDGET_AMOUNT.CATEGORY_ID, BUDGET_AMOUNT.MONTH_START));
        add(
                BUDGET_ROLLOVER,
                List.of(hard(BUDGET_ROLLOVER.CATEGORY_ID, CATEGORY)),
                List.of(BUDGET_ROLLOVER.CATEGORY_ID));
        add(
                LEDGER_TRANSACTION,
                List.of(hard(LEDGER_TRANSACTION.ACCOUNT_ID, ACCOUNT), soft(LEDGER_TRANSACTION.CATEGORY_ID)),
                List.of());
        add(SPLIT, List.of(hard(SPLIT.TRANSACTION_ID, LEDGER_TRANSACTION), soft(SPLIT.CATEGORY_ID)), List.of());
        add(RECONCILIATION, List.of(hard(RECONCILIATION.ACCOUNT_ID, ACCOUNT)), List.of());
        add(TRADE, List.of(hard(TRADE.ACCOUNT_ID, ACCOUNT), hard(TRADE.SECURITY_ID, SECURITY)), List.of());
        add(
                SCHEDULED_TRANSACTION,
                List.of(hard(SCHEDULED_TRANSACTION.ACCOUNT_ID, ACCOUNT), soft(SCHEDULED_TRANSACTION.CATEGORY_ID)),
                List.of());
        add(
                SCHEDULED_OCCURRENCE,
                List.of(hard(SCHEDULED_OCCURRENCE.SCHEDULED_ID, SCHEDULED_TRANSACTION)),
                List.of(SCHEDULED_OCCURRENCE.SCHEDULED_ID, SCHEDULED_OCCURRENCE.DUE_ON));
    }

    private ReplicatedTables() {}

    /** Every shared table, parents before children. */
    public static List<Shared> inOrder() {
        return List.copyOf(TABLES.values());
    }

    static Optional<Shared> find(String name) {
        return Optional.ofNullable(TABLES.get(name));
    }

    /** The tables whose rows reference {@code parent}, with the referencing column. */
    static List<Map.Entry<Shared, Reference>> childrenOf(String parent) {
        List<Map.Entry<Shared, Reference>> children = new ArrayList<>();
        for (Shared shared : TABLES.values()) {
            for (Reference reference : shared.references()) {
                if (nameOf(reference.parent()).equals(parent)) {
                    children.add(Map.entry(shared, reference));
                }
            }
        }
        return children;
    }

    static String nameOf(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    static String nameOf(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    static Field<UUID> idOf(Table<?> table) {
        return (Field<UUID>) table.getPrimaryKey().getFields().getFirst();
    }

    /** The column of the table with this change-log name, if it has one. */
    static Optional<Field<?>> column(Table<?> table, String name) {
        return Optional.ofNullable(columns(table).get(name));
    }

    /**
     * The table's columns in schema order by their change-log names; worked out once per table, as a merge asks for every
     * column of every entry and row.
     */
    static Map<String, Field<?>> columns(Table<?> table) {
        return COLUMNS.computeIfAbsent(nameOf(table), name -> {
            Map<String, Field<?>> columns = new LinkedHashMap<>();
            for (Field<?> field : table.fields()) {
                columns.put(nameOf(field), field);
            }
            return Collections.unmodifiableMap(columns);
        });
    }

    private static void add(Table<?> table, List<Reference> references, List<Field<?>> uniqueKey) {
        TABLES.put(nameOf(table), new Shared(table, references, uniqueKey, List.of()));
    }

    private static Reference hard(TableField<?, UUID> column, Table<?> parent) {
        return new Reference(column, parent, true);
    }

    private static Reference soft(TableField<?, UUID> column) {
        return new Reference(column, CATEGORY, false);
    }
}
