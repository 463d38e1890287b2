package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.ACCOUNT_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.generated.Indexes;
import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The register, read a page at a time with keyset pagination on (date, id), newest first: a page costs the same on
 * the first screen and the millionth row, and the whole ledger is never loaded.
 */
public final class Register {

    public static final int MAX_PAGE = 1_000;

    private final ChangeLog log;
    private final Balances balances;
    private final ExchangeRates rates;

    Register(ChangeLog log, Balances balances, ExchangeRates rates) {
        this.log = log;
        this.balances = balances;
        this.rates = rates;
    }

    /** The rows older than {@code after} (or the newest rows when it is null), newest first. */
    public RegisterPage older(RegisterQuery query, PageKey after, int limit) {
        int size = checkedLimit(limit);
        return log.read(dsl -> {
            Condition where = filter(dsl, query);
            if (after != null) {
                where = where.and(LEDGER_TRANSACTION.POSTED_ON.le(after.date()))
                        .and(LEDGER_TRANSACTION.POSTED_ON.lt(after.date()).or(LEDGER_TRANSACTION.ID.lt(after.id())));
            }
            List<LedgerTransactionRecord> records = dsl.selectFrom(table(query))
                    .where(where)
                    .orderBy(order(query, SortOrder.DESC))
                    .limit(size + 1)
                    .fetch();
            return page(dsl, query, records, size, true);
        });
    }

    /** The rows newer than {@code before}, newest first; {@code next} continues towards the newest. */
    public RegisterPage newer(RegisterQuery query, PageKey before, int limit) {
        int size = checkedLimit(limit);
        return log.read(dsl -> {
            Condition where = filter(dsl, query)
                    .and(LEDGER_TRANSACTION.POSTED_ON.ge(before.date()))
                    .and(LEDGER_TRANSACTION.POSTED_ON.gt(before.date()).or(LEDGER_TRANSACTION.ID.gt(before.id())));
            List<LedgerTransactionRecord> records = new ArrayList<>(dsl.selectFrom(table(query))
                    .where(where)
                    .orderBy(order(query, SortOrder.ASC))
                    .limit(size + 1)
                    .fetch());
            boolean more = records.size() > size;
            List<LedgerTransactionRecord> shown = new ArrayList<>(records.subList(0, Math.min(size, records.size())));
            java.util.Collections.reverse(shown);
            RegisterPage page = page(dsl, query, shown, size, false);
            PageKey next =
                    more && !page.rows().isEmpty() ? page.rows().getFirst().key() : null;
            return new RegisterPage(page.rows(), next);
        });
    }

    /** How many rows the query lists; a whole account is counted from its month totals. */
    public long count(RegisterQuery query) {
        return count(query, Long.MAX_VALUE);
    }

    /**
     * How many rows the query lists, counting no further than {@code atMost}: a screen that only says "10,000 or more"
     * need not scan the rest of a million rows. A whole account is counted exactly from its month totals.
     */
    public long count(RegisterQuery query, long atMost) {
        return log.read(dsl -> {
            if (query.isWholeAccount()) {
                BigDecimal entries = dsl.select(DSL.sum(ACCOUNT_MONTH_TOTAL.ENTRIES))
                        .from(ACCOUNT_MONTH_TOTAL)
                        .where(ACCOUNT_MONTH_TOTAL.ACCOUNT_ID.eq(query.accountId()))
                        .fetchOne(0, BigDecimal.class);
                return Math.min(atMost, entries == null ? 0L : entries.longValueExact());
            }
            if (atMost == Long.MAX_VALUE) {
                return (long) dsl.fetchCount(LEDGER_TRANSACTION, filter(dsl, query));
            }
            return (long) dsl.fetchCount(dsl.selectOne()
                    .from(LEDGER_TRANSACTION)
                    .where(filter(dsl, query))
                    .limit(atMost));
        });
    }

    private RegisterPage page(
            DSLContext dsl, RegisterQuery query, List<LedgerTransactionRecord> records, int size, boolean older) {
        boolean more = records.size() > size;
        List<LedgerTransactionRecord> shown = records.subList(0, Math.min(size, records.size()));
        List<Transaction> transactions = TransactionReader.toTransactions(dsl, shown);
        List<RegisterRow> rows = new ArrayList<>(transactions.size());
        Money running = null;
        if (query.isWholeAccount() && !transactions.isEmpty()) {
            Transaction newest = transactions.getFirst();
            running = balances.balanceThrough(dsl, query.accountId(), newest.date(), newest.id());
        }
        for (Transaction transaction : transactions) {
            rows.add(new RegisterRow(transaction, running));
            if (running != null) {
                running = running.minus(transaction.amount());
            }
        }
        PageKey next = older && more ? rows.getLast().key() : null;
        return new RegisterPage(rows, next);
    }

    /**
     * By (date, id) in the direction given. With one account the order starts with the account, which changes nothing
     * in the result but lets H2 read the page from an index on (account_id, posted_on, id) instead of sorting every row
     * of the account: its planner only uses an index for the order when the order starts with the index's columns.
     */
    /**
     * The rows of one account are read from the register index in its order, in either direction. H2's planner only
     * credits an index with an order in the index's own direction, and would otherwise read the account's rows from
     * the foreign key's index and sort them all for a newest-first page (docs/benchmark-notes.md, "Ledger").
     */
    private static Table<LedgerTransactionRecord> table(RegisterQuery query) {
        return query.accountId() == null
                ? LEDGER_TRANSACTION
                : LEDGER_TRANSACTION.useIndex(Indexes.LEDGER_TRANSACTION_REGISTER.getName());
    }

    private static List<SortField<?>> order(RegisterQuery query, SortOrder direction) {
        List<SortField<?>> order = new ArrayList<>(3);
        if (query.accountId() != null) {
            order.add(LEDGER_TRANSACTION.ACCOUNT_ID.sort(direction));
        }
        order.add(LEDGER_TRANSACTION.POSTED_ON.sort(direction));
        order.add(LEDGER_TRANSACTION.ID.sort(direction));
        return order;
    }

    private Condition filter(DSLContext dsl, RegisterQuery query) {
        Condition where = DSL.trueCondition();
        if (query.accountId() != null) {
            where = where.and(LEDGER_TRANSACTION.ACCOUNT_ID.eq(query.accountId()));
        }
        if (query.from() != null) {
            where = where.and(LEDGER_TRANSACTION.POSTED_ON.ge(query.from()));
        }
        if (query.to() != null) {
            where = where.and(LEDGER_TRANSACTION.POSTED_ON.le(query.to()));
        }
        if (query.text() != null) {
            where = where.and(LEDGER_TRANSACTION
                    .PAYEE
                    .containsIgnoreCase(query.text())
                    .or(LEDGER_TRANSACTION.MEMO.containsIgnoreCase(query.text()))
                    .or(LEDGER_TRANSACTION.NOTES.containsIgnoreCase(query.text())));
        }
        if (query.categoryId() != null) {
            where = where.and(LEDGER_TRANSACTION
                    .CATEGORY_ID
                    .eq(query.categoryId())
                    .or(DSL.exists(DSL.selectOne()
                            .from(SPLIT)
                            .where(SPLIT.TRANSACTION_ID.eq(LEDGER_TRANSACTION.ID))
                            .and(SPLIT.CATEGORY_ID.eq(query.categoryId())))));
        }
        if (query.minAmount() != null || query.maxAmount() != null) {
            Currency currency = query.accountId() == null
                    ? rates.baseCurrency()
                    : Currency.getInstance(dsl.select(ACCOUNT.CURRENCY)
                            .from(ACCOUNT)
                            .where(ACCOUNT.ID.eq(query.accountId()))
                            .fetchOne(ACCOUNT.CURRENCY));
            var size = DSL.abs(LEDGER_TRANSACTION.AMOUNT);
            if (query.minAmount() != null) {
                where = where.and(size.ge(minor(query.minAmount(), currency)));
            }
            if (query.maxAmount() != null) {
                where = where.and(size.le(minor(query.maxAmount(), currency)));
            }
        }
        return where;
    }

    private static long minor(BigDecimal amount, Currency currency) {
        return Money.of(amount.abs(), currency, "amount range").minor();
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new LedgerInputException("limit", "A page holds 1 to " + MAX_PAGE + " rows, not " + limit);
        }
        return limit;
    }
}
