package app.nestegg.vault.exchange.export;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_AMOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_ROLLOVER;
import static app.nestegg.vault.store.generated.Tables.CATEGORY;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_GROUP;
import static app.nestegg.vault.store.generated.Tables.CSV_MAPPING;
import static app.nestegg.vault.store.generated.Tables.EXCHANGE_RATE;
import static app.nestegg.vault.store.generated.Tables.GOAL;
import static app.nestegg.vault.store.generated.Tables.GOAL_ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.GOAL_CONTRIBUTION;
import static app.nestegg.vault.store.generated.Tables.IMPORT_SOURCE;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.NET_WORTH_EXCLUSION;
import static app.nestegg.vault.store.generated.Tables.RECONCILIATION;
import static app.nestegg.vault.store.generated.Tables.RULE;
import static app.nestegg.vault.store.generated.Tables.SCHEDULED_OCCURRENCE;
import static app.nestegg.vault.store.generated.Tables.SCHEDULED_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SECURITY;
import static app.nestegg.vault.store.generated.Tables.SECURITY_PRICE;
import static app.nestegg.vault.store.generated.Tables.SETTING;
import static app.nestegg.vault.store.generated.Tables.SPLIT;
import static app.nestegg.vault.store.generated.Tables.TRADE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The entities an export carries, in the order a restore inserts them (referenced rows first). Each is one CSV file
 * and one array of the JSON document, both named {@link #key()}, with the table's columns under their own names.
 * Sealed columns are left out and their opened values added ({@code address}, {@code zip}, {@code vin}); rows with
 * amounts carry the {@code currency} of their account (a goal contribution: of its goal), since amounts are minor units
 * of it.
 */
enum ExportSection {
    ACCOUNTS("accounts", ACCOUNT, List.of("address", "zip", "vin")),
    CATEGORY_GROUPS("category_groups", CATEGORY_GROUP, List.of()),
    CATEGORIES("categories", CATEGORY, List.of()),
    TRANSACTIONS("transactions", LEDGER_TRANSACTION, List.of(ExportSection.CURRENCY)),
    SPLITS("splits", SPLIT, List.of(ExportSection.CURRENCY)),
    RULES("rules", RULE, List.of()),
    RECONCILIATIONS("reconciliations", RECONCILIATION, List.of(ExportSection.CURRENCY)),
    SECURITIES("securities", SECURITY, List.of()),
    TRADES("trades", TRADE, List.of(ExportSection.CURRENCY)),
    SECURITY_PRICES("security_prices", SECURITY_PRICE, List.of()),
    EXCHANGE_RATES("exchange_rates", EXCHANGE_RATE, List.of()),
    SETTINGS("settings", SETTING, List.of()),
    IMPORT_SOURCES("import_sources", IMPORT_SOURCE, List.of()),
    CSV_MAPPINGS("csv_mappings", CSV_MAPPING, List.of()),
    BUDGET_AMOUNTS("budget_amounts", BUDGET_AMOUNT, List.of()),
    BUDGET_ROLLOVERS("budget_rollovers", BUDGET_ROLLOVER, List.of()),
    GOALS("goals", GOAL, List.of()),
    GOAL_ACCOUNTS("goal_accounts", GOAL_ACCOUNT, List.of()),
    GOAL_CONTRIBUTIONS("goal_contributions", GOAL_CONTRIBUTION, List.of(ExportSection.CURRENCY)),
    NET_WORTH_EXCLUSIONS("net_worth_exclusions", NET_WORTH_EXCLUSION, List.of()),
    SCHEDULED_TRANSACTIONS("scheduled_transactions", SCHEDULED_TRANSACTION, List.of(ExportSection.CURRENCY)),
    SCHEDULED_OCCURRENCES("scheduled_occurrences", SCHEDULED_OCCURRENCE, List.of());

    static final String CURRENCY = "currency";
    private static final Set<String> SEALED = Set.of("address_sealed", "zip_sealed", "vin_sealed");

    private final String key;
    private final Table<?> table;
    private final List<String> added;

    ExportSection(String key, Table<?> table, List<String> added) {
        this.key = key;
        this.table = table;
        this.added = added;
    }

    /** The CSV file's name without {@code .csv}, and the JSON document's member. */
    String key() {
        return key;
    }

    String csvEntry() {
        return key + ".csv";
    }

    Table<?> table() {
        return table;
    }

    /** The table's columns that travel as they are stored. */
    List<Field<?>> storedFields() {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            if (!SEALED.contains(column(field))) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** Every column of the CSV file and of each JSON row, in order. */
    List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (Field<?> field : storedFields()) {
            columns.add(column(field));
        }
        columns.addAll(added);
        return columns;
    }

    static String column(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }
}
