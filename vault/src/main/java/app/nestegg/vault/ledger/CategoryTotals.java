package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;
import static app.nestegg.vault.store.generated.Tables.TRADE;
import static app.nestegg.vault.store.generated.Tables.UNCATEGORISED_MONTH_TOTAL;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import app.nestegg.vault.store.generated.tables.records.SplitRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Per category, month and account currency, the sum and count of what is filed under the category: a transaction's
 * own amount when it has no splits, otherwise each split's; and per month and currency, what no category holds, money
 * in and out apart (transfers, and the uncategorised cash side of trades, count nowhere). Derived from the transactions and kept in step in the same database
 * transaction, like {@link MonthTotals}; budgets and reports read these instead of the ledger's rows.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "the category totals are derived from the transactions and rebuilt, never merged, so they stay out"
                + " of the change log")
final class CategoryTotals {

    private final Map<Key, long[]> sums = new HashMap<>();
    private final Map<UnfiledKey, long[]> unfiled = new HashMap<>();

    /**
     * Counts an amount filed under the category on the date, or, with no category, as uncategorised; the caller leaves
     * transfers out.
     */
    void add(UUID categoryId, LocalDate date, String currency, long amount, int sign) {
        if (categoryId == null) {
            long[] sum = unfiled.computeIfAbsent(new UnfiledKey(MonthTotals.monthOf(date), currency), k -> new long[3]);
            sum[amount > 0 ? 0 : 1] += sign * amount;
            sum[2] += sign;
            return;
        }
        long[] sum = sums.computeIfAbsent(new Key(categoryId, MonthTotals.monthOf(date), currency), k -> new long[2]);
        sum[0] += sign * amount;
        sum[1] += sign;
    }

    /** Counts (sign 1) or takes back (sign −1) what the stored transactions, with their splits, file under categories. */
    void addStored(DSLContext dsl, Collection<UUID> transactionIds, int sign) {
        dsl.select(
                        LEDGER_TRANSACTION.CATEGORY_ID,
                        LEDGER_TRANSACTION.POSTED_ON,
                        LEDGER_TRANSACTION.AMOUNT,
                        ACCOUNT.CURRENCY,
                        SPLIT.ID,
                        SPLIT.CATEGORY_ID,
                        SPLIT.AMOUNT,
                        LEDGER_TRANSACTION.TRANSFER_PEER_ID,
                        TRADE.ID)
                .from(LEDGER_TRANSACTION)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID))
                .leftJoin(SPLIT)
                .on(SPLIT.TRANSACTION_ID.eq(LEDGER_TRANSACTION.ID))
                .leftJoin(TRADE)
                .on(TRADE.CASH_TRANSACTION_ID.eq(LEDGER_TRANSACTION.ID))
                .where(LEDGER_TRANSACTION.ID.in(transactionIds))
                .forEach(r -> {
                    boolean split = r.value5() != null;
                    if (!split && (r.value8() != null || (r.value9() != null && r.value1() == null))) {
                        return; // a transfer, or the uncategorised cash side of a trade
                    }
                    add(split ? r.value6() : r.value1(), r.value2(), r.value4(), split ? r.value7() : r.value3(), sign);
                });
    }

    /** Counts rows and split parts that lost their category (a category deleted without a replacement). */
    void uncategorise(DSLContext dsl, List<LedgerTransactionRecord> rows, List<SplitRecord> parts) {
        Map<UUID, String> currencies =
                dsl.select(ACCOUNT.ID, ACCOUNT.CURRENCY).from(ACCOUNT).fetchMap(ACCOUNT.ID, ACCOUNT.CURRENCY);
        for (LedgerTransactionRecord row : rows) {
            add(null, row.getPostedOn(), currencies.get(row.getAccountId()), row.getAmount(), 1);
        }
        Map<UUID, LedgerTransactionRecord> parents = dsl.selectFrom(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ID.in(
                        parts.stream().map(SplitRecord::getTransactionId).toList()))
                .fetchMap(LEDGER_TRANSACTION.ID);
        for (SplitRecord part : parts) {
            LedgerTransactionRecord parent = parents.get(part.getTransactionId());
            add(null, parent.getPostedOn(), currencies.get(parent.getAccountId()), part.getAmount(), 1);
        }
    }

    /** Writes the collected sums into the tables, dropping months a category no longer has entries in. */
    void apply(DSLContext dsl) {
        applyUnfiled(dsl);
        sums.forEach((key, sum) -> {
            if (sum[0] == 0 && sum[1] == 0) {
                return;
            }
            var row = CATEGORY_MONTH_TOTAL
                    .CATEGORY_ID
                    .eq(key.category())
                    .and(CATEGORY_MONTH_TOTAL.MONTH_START.eq(key.month()))
                    .and(CATEGORY_MONTH_TOTAL.CURRENCY.eq(key.currency()));
            int updated = dsl.update(CATEGORY_MONTH_TOTAL)
                    .set(CATEGORY_MONTH_TOTAL.TOTAL, CATEGORY_MONTH_TOTAL.TOTAL.plus(sum[0]))
                    .set(CATEGORY_MONTH_TOTAL.ENTRIES, CATEGORY_MONTH_TOTAL.ENTRIES.plus(sum[1]))
                    .where(row)
                    .execute();
            if (updated == 0) {
                dsl.insertInto(CATEGORY_MONTH_TOTAL)
                        .set(CATEGORY_MONTH_TOTAL.CATEGORY_ID, key.category())
                        .set(CATEGORY_MONTH_TOTAL.MONTH_START, key.month())
                        .set(CATEGORY_MONTH_TOTAL.CURRENCY, key.currency())
                        .set(CATEGORY_MONTH_TOTAL.TOTAL, sum[0])
                        .set(CATEGORY_MONTH_TOTAL.ENTRIES, (int) sum[1])
                        .execute();
            } else if (sum[1] < 0) {
                dsl.deleteFrom(CATEGORY_MONTH_TOTAL)
                        .where(row.and(CATEGORY_MONTH_TOTAL.ENTRIES.le(0)))
                        .execute();
            }
        });
        sums.clear();
    }

    private void applyUnfiled(DSLContext dsl) {
        unfiled.forEach((key, sum) -> {
            if (sum[0] == 0 && sum[1] == 0 && sum[2] == 0) {
                return;
            }
            var row = UNCATEGORISED_MONTH_TOTAL
                    .MONTH_START
                    .eq(key.month())
                    .and(UNCATEGORISED_MONTH_TOTAL.CURRENCY.eq(key.currency()));
            int updated = dsl.update(UNCATEGORISED_MONTH_TOTAL)
                    .set(UNCATEGORISED_MONTH_TOTAL.INFLOW, UNCATEGORISED_MONTH_TOTAL.INFLOW.plus(sum[0]))
                    .set(UNCATEGORISED_MONTH_TOTAL.OUTFLOW, UNCATEGORISED_MONTH_TOTAL.OUTFLOW.plus(sum[1]))
                    .set(UNCATEGORISED_MONTH_TOTAL.ENTRIES, UNCATEGORISED_MONTH_TOTAL.ENTRIES.plus(sum[2]))
                    .where(row)
                    .execute();
            if (updated == 0) {
                dsl.insertInto(UNCATEGORISED_MONTH_TOTAL)
                        .set(UNCATEGORISED_MONTH_TOTAL.MONTH_START, key.month())
                        .set(UNCATEGORISED_MONTH_TOTAL.CURRENCY, key.currency())
                        .set(UNCATEGORISED_MONTH_TOTAL.INFLOW, sum[0])
                        .set(UNCATEGORISED_MONTH_TOTAL.OUTFLOW, sum[1])
                        .set(UNCATEGORISED_MONTH_TOTAL.ENTRIES, (int) sum[2])
                        .execute();
            } else if (sum[2] < 0) {
                dsl.deleteFrom(UNCATEGORISED_MONTH_TOTAL)
                        .where(row.and(UNCATEGORISED_MONTH_TOTAL.ENTRIES.le(0)))
                        .execute();
            }
        });
        unfiled.clear();
    }

    /**
     * Files every total of one category under another, as deleting a category with a replacement moves its rows; with
     * no replacement the totals go, and the caller counts the rows as uncategorised ({@link #uncategorise}).
     */
    static void move(DSLContext dsl, UUID from, UUID to) {
        CategoryTotals moved = new CategoryTotals();
        if (to != null) {
            dsl.selectFrom(CATEGORY_MONTH_TOTAL)
                    .where(CATEGORY_MONTH_TOTAL.CATEGORY_ID.eq(from))
                    .forEach(r -> {
                        long[] sum = moved.sums.computeIfAbsent(
                                new Key(to, r.getMonthStart(), r.getCurrency()), k -> new long[2]);
                        sum[0] += r.getTotal();
                        sum[1] += r.getEntries();
                    });
        }
        dsl.deleteFrom(CATEGORY_MONTH_TOTAL)
                .where(CATEGORY_MONTH_TOTAL.CATEGORY_ID.eq(from))
                .execute();
        moved.apply(dsl);
    }

    /** Recomputes every total from the transactions and splits; for a restore, repair, and tests that compare. */
    static void rebuild(DSLContext dsl) {
        dsl.deleteFrom(UNCATEGORISED_MONTH_TOTAL).execute();
        dsl.execute("INSERT INTO uncategorised_month_total (month_start, currency, inflow, outflow, entries) "
                + TotalsRecount.UNCATEGORISED_MONTHS);
        dsl.deleteFrom(CATEGORY_MONTH_TOTAL).execute();
        dsl.execute("INSERT INTO category_month_total (category_id, month_start, currency, total, entries) "
                + TotalsRecount.CATEGORY_MONTHS);
    }

    /** Recomputes one month's category and uncategorised totals from that month's transactions and splits. */
    static void rebuild(DSLContext dsl, LocalDate month) {
        TotalsRecount.replaceMonth(
                dsl,
                UNCATEGORISED_MONTH_TOTAL.MONTH_START,
                "INSERT INTO uncategorised_month_total (month_start, currency, inflow, outflow, entries)",
                TotalsRecount.uncategorisedMonths(TotalsRecount.IN_MONTH),
                month);
        TotalsRecount.replaceMonth(
                dsl,
                CATEGORY_MONTH_TOTAL.MONTH_START,
                "INSERT INTO category_month_total (category_id, month_start, currency, total, entries)",
                TotalsRecount.categoryMonths(TotalsRecount.IN_MONTH),
                month);
    }

    private record UnfiledKey(LocalDate month, String currency) {}

    private record Key(UUID category, LocalDate month, String currency) {
        Key {
            Objects.requireNonNull(category);
        }
    }
}
