package app.nestegg.vault.exchange.imports;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Reads the account's transactions in the statement's date range, widened by the days a duplicate may lie apart. */
final class StoredRows {

    private StoredRows() {}

    static List<StoredRow> around(DSLContext dsl, UUID account, LocalDate first, LocalDate last, int slackDays) {
        var t = LEDGER_TRANSACTION;
        return dsl.select(t.ID, t.POSTED_ON, t.AMOUNT, t.PAYEE, t.EXTERNAL_ID)
                .from(t)
                .where(t.ACCOUNT_ID.eq(account))
                .and(t.POSTED_ON.between(first.minusDays(slackDays), last.plusDays(slackDays)))
                .fetch(r -> new StoredRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
