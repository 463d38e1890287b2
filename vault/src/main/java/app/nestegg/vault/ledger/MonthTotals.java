package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT_MONTH_TOTAL;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.ledger.networth.NetWorthSnapshots;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Per account and month, the sum and count of its transactions: derived from the transactions, kept in step in the
 * same database transaction, and so not in the change log. Balances read these instead of summing a million rows.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason =
                "the month totals are derived from the transactions and rebuilt, never merged, so they stay out of the change log")
final class MonthTotals {

    private MonthTotals() {}

    static LocalDate monthOf(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    static void add(DSLContext dsl, UUID accountId, LocalDate date, long amount, int entries) {
        LocalDate month = monthOf(date);
        if (amount != 0 || entries != 0) {
            NetWorthSnapshots.staleFrom(dsl, month);
        }
        int updated = dsl.update(ACCOUNT_MONTH_TOTAL)
                .set(ACCOUNT_MONTH_TOTAL.TOTAL, ACCOUNT_MONTH_TOTAL.TOTAL.plus(amount))
                .set(ACCOUNT_MONTH_TOTAL.ENTRIES, ACCOUNT_MONTH_TOTAL.ENTRIES.plus(entries))
                .where(ACCOUNT_MONTH_TOTAL.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_MONTH_TOTAL.MONTH_START.eq(month))
                .execute();
        if (updated == 0) {
            dsl.insertInto(ACCOUNT_MONTH_TOTAL)
                    .set(ACCOUNT_MONTH_TOTAL.ACCOUNT_ID, accountId)
                    .set(ACCOUNT_MONTH_TOTAL.MONTH_START, month)
                    .set(ACCOUNT_MONTH_TOTAL.TOTAL, amount)
                    .set(ACCOUNT_MONTH_TOTAL.ENTRIES, entries)
                    .execute();
        }
    }

    /** Recomputes every total from the transactions; for repair and for tests that compare the two. */
    static void rebuild(DSLContext dsl) {
        NetWorthSnapshots.allStale(dsl);
        dsl.deleteFrom(ACCOUNT_MONTH_TOTAL).execute();
        dsl.execute("INSERT INTO account_month_total (account_id, month_start, total, entries) "
                + TotalsRecount.ACCOUNT_MONTHS);
    }

    /** Recomputes one month's totals of every account from that month's transactions. */
    static void rebuild(DSLContext dsl, LocalDate month) {
        NetWorthSnapshots.staleFrom(dsl, month);
        TotalsRecount.replaceMonth(
                dsl,
                ACCOUNT_MONTH_TOTAL.MONTH_START,
                "INSERT INTO account_month_total (account_id, month_start, total, entries)",
                TotalsRecount.accountMonths(TotalsRecount.IN_MONTH),
                month);
    }
}
