package app.nestegg.vault.exchange.export;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.GOAL;
import static app.nestegg.vault.store.generated.Tables.GOAL_CONTRIBUTION;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.ledger.AccountDetails;
import app.nestegg.vault.ledger.Ledger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/**
 * Reads the rows of one {@link ExportSection} from the ledger, one at a time through a cursor, as column name to
 * stored value in the section's column order. Sealed account details come opened through {@code Accounts.details}.
 */
final class LedgerRows {

    /** The one setting an export carries; the others (auto-lock) belong to the machine, not to the ledger. */
    static final String BASE_CURRENCY = "base_currency";

    private final Ledger ledger;

    LedgerRows(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Calls {@code sink} with each row of the section, ordered by primary key; returns how many there were. */
    long each(ExportSection section, Consumer<Map<String, Object>> sink) {
        if (section == ExportSection.SETTINGS) {
            sink.accept(Map.of(
                    "name",
                    BASE_CURRENCY,
                    "setting_value",
                    ledger.rates().baseCurrency().getCurrencyCode()));
            return 1;
        }
        return ledger.changeLog().read(dsl -> {
            long count = 0;
            try (Cursor<Record> cursor = query(dsl, section).fetchLazy()) {
                for (Record record : cursor) {
                    sink.accept(row(section, record));
                    count++;
                }
            }
            return count;
        });
    }

    private static org.jooq.ResultQuery<Record> query(DSLContext dsl, ExportSection section) {
        List<Field<?>> fields = new ArrayList<>(section.storedFields());
        var table = section.table();
        SelectJoinStep<Record> select;
        switch (section) {
            case TRANSACTIONS, RECONCILIATIONS, TRADES, SCHEDULED_TRANSACTIONS -> {
                fields.add(ACCOUNT.CURRENCY);
                Field<UUID> accountId = table.field("ACCOUNT_ID", UUID.class);
                select = dsl.select(fields).from(table).join(ACCOUNT).on(ACCOUNT.ID.eq(accountId));
            }
            case SPLITS -> {
                fields.add(ACCOUNT.CURRENCY);
                select = dsl.select(fields)
                        .from(SPLIT)
                        .join(LEDGER_TRANSACTION)
                        .on(LEDGER_TRANSACTION.ID.eq(SPLIT.TRANSACTION_ID))
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID));
            }
            case GOAL_CONTRIBUTIONS -> {
                fields.add(GOAL.CURRENCY);
                select =
                        dsl.select(fields).from(GOAL_CONTRIBUTION).join(GOAL).on(GOAL.ID.eq(GOAL_CONTRIBUTION.GOAL_ID));
            }
            default -> select = dsl.select(fields).from(table);
        }
        return select.orderBy(table.getPrimaryKey().getFields());
    }

    private Map<String, Object> row(ExportSection section, Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field<?> field : section.storedFields()) {
            row.put(ExportSection.column(field), record.get(field));
        }
        switch (section) {
            case ACCOUNTS -> {
                AccountDetails details = ledger.accounts().details(record.get(ACCOUNT.ID));
                row.put("address", details.address());
                row.put("zip", details.zip());
                row.put("vin", details.vin());
            }
            case TRANSACTIONS, SPLITS, RECONCILIATIONS, TRADES, SCHEDULED_TRANSACTIONS ->
                row.put(ExportSection.CURRENCY, record.get(ACCOUNT.CURRENCY));
            case GOAL_CONTRIBUTIONS -> row.put(ExportSection.CURRENCY, record.get(GOAL.CURRENCY));
            default -> {
                // stored columns only
            }
        }
        return row;
    }
}
