package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.ACCOUNT_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Account balances as of any date: the opening balance (from its date on) and the month totals, corrected by the rows
 * of the date's month on the shorter side of the date: in its first half, the months before plus the rows up to the
 * date; in its second half, the months through the date's month less the rows after the date. No query sums more than
 * half a month of rows, and a balance as of today sums almost none.
 */
public final class Balances {

    private final ChangeLog log;
    private final ExchangeRates rates;

    Balances(ChangeLog log, ExchangeRates rates) {
        this.log = log;
        this.rates = rates;
    }

    public Money balance(UUID accountId, LocalDate asOf) {
        return balances(asOf, ACCOUNT.ID.eq(accountId)).get(accountId);
    }

    /** Every account's balance on the date, in its own currency. */
    public Map<UUID, Money> balances(LocalDate asOf) {
        return balances(asOf, DSL.trueCondition());
    }

    /** The amount in the vault's base currency at the rate of the date; refused when no rate is stored. */
    public Money inBaseCurrency(Money money, LocalDate date) {
        return rates.convert(money, rates.baseCurrency(), date);
    }

    /**
     * Recomputes every account's and category's month totals from the transactions, in the writer's transaction: after rows were
     * written without the services that keep the totals in step (a restore from an export).
     */
    public void rebuildTotals(ChangeWriter writer) {
        MonthTotals.rebuild(writer.dsl());
        CategoryTotals.rebuild(writer.dsl());
    }

    /**
     * Recomputes the totals of the given months only (each a month's first day), in the writer's transaction: after rows
     * of those months alone were written without the services that keep the totals in step (a household merge). The
     * net-worth snapshots from the earliest of them on become stale.
     */
    public void rebuildTotals(ChangeWriter writer, Collection<LocalDate> months) {
        for (LocalDate month : new TreeSet<>(months)) {
            MonthTotals.rebuild(writer.dsl(), month);
            CategoryTotals.rebuild(writer.dsl(), month);
        }
    }

    /** The balance just after the given transaction, counting rows of its date up to its id; for running balances. */
    Money balanceThrough(DSLContext dsl, UUID accountId, LocalDate date, UUID transactionId) {
        var account = Accounts.load(dsl, accountId);
        Currency currency = Currency.getInstance(account.getCurrency());
        LocalDate month = MonthTotals.monthOf(date);
        long opening = opening(account.getOpeningBalance(), account.getOpeningDate(), date);
        if (!inSecondHalf(date)) {
            return new Money(
                    opening
                            + sumMonths(dsl, accountId, month)
                            + sumOrZero(dsl.select(DSL.sum(LEDGER_TRANSACTION.AMOUNT))
                                    .from(LEDGER_TRANSACTION)
                                    .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(accountId))
                                    .and(LEDGER_TRANSACTION.POSTED_ON.between(month, date))
                                    .and(LEDGER_TRANSACTION
                                            .POSTED_ON
                                            .lt(date)
                                            .or(LEDGER_TRANSACTION.ID.le(transactionId)))
                                    .fetchOne(0, BigDecimal.class)),
                    currency);
        }
        return new Money(
                opening
                        + sumMonths(dsl, accountId, month.plusMonths(1))
                        - sumOrZero(dsl.select(DSL.sum(LEDGER_TRANSACTION.AMOUNT))
                                .from(LEDGER_TRANSACTION)
                                .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(accountId))
                                .and(LEDGER_TRANSACTION.POSTED_ON.between(date, monthEnd(date)))
                                .and(LEDGER_TRANSACTION.POSTED_ON.gt(date).or(LEDGER_TRANSACTION.ID.gt(transactionId)))
                                .fetchOne(0, BigDecimal.class)),
                currency);
    }

    private Map<UUID, Money> balances(LocalDate asOf, Condition accounts) {
        boolean secondHalf = inSecondHalf(asOf);
        LocalDate month = MonthTotals.monthOf(asOf);
        LocalDate monthsBefore = secondHalf ? month.plusMonths(1) : month;
        var rowsOfMonth = secondHalf
                ? LEDGER_TRANSACTION.POSTED_ON.gt(asOf).and(LEDGER_TRANSACTION.POSTED_ON.le(monthEnd(asOf)))
                : LEDGER_TRANSACTION.POSTED_ON.between(month, asOf);
        long sign = secondHalf ? -1 : 1;
        return log.read(dsl -> {
            Map<UUID, Long> totals = new HashMap<>();
            dsl.select(ACCOUNT_MONTH_TOTAL.ACCOUNT_ID, DSL.sum(ACCOUNT_MONTH_TOTAL.TOTAL))
                    .from(ACCOUNT_MONTH_TOTAL)
                    .join(ACCOUNT)
                    .on(ACCOUNT.ID.eq(ACCOUNT_MONTH_TOTAL.ACCOUNT_ID))
                    .where(accounts.and(ACCOUNT_MONTH_TOTAL.MONTH_START.lt(monthsBefore)))
                    .groupBy(ACCOUNT_MONTH_TOTAL.ACCOUNT_ID)
                    .forEach(r -> totals.merge(r.value1(), r.value2().longValueExact(), Long::sum));
            dsl.select(LEDGER_TRANSACTION.ACCOUNT_ID, DSL.sum(LEDGER_TRANSACTION.AMOUNT))
                    .from(LEDGER_TRANSACTION)
                    .join(ACCOUNT)
                    .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID))
                    .where(accounts.and(rowsOfMonth))
                    .groupBy(LEDGER_TRANSACTION.ACCOUNT_ID)
                    .forEach(r -> totals.merge(r.value1(), sign * r.value2().longValueExact(), Long::sum));
            Map<UUID, Money> balances = new LinkedHashMap<>();
            dsl.selectFrom(ACCOUNT).where(accounts).orderBy(ACCOUNT.NAME).forEach(a -> {
                long total =
                        opening(a.getOpeningBalance(), a.getOpeningDate(), asOf) + totals.getOrDefault(a.getId(), 0L);
                balances.put(a.getId(), new Money(total, Currency.getInstance(a.getCurrency())));
            });
            return balances;
        });
    }

    /** Whether fewer of the month's days come after the date than up to it. */
    private static boolean inSecondHalf(LocalDate date) {
        return date.getDayOfMonth() > date.lengthOfMonth() / 2;
    }

    private static LocalDate monthEnd(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }

    private static long opening(long openingBalance, LocalDate openingDate, LocalDate asOf) {
        return asOf.isBefore(openingDate) ? 0 : openingBalance;
    }

    private static long sumMonths(DSLContext dsl, UUID accountId, LocalDate beforeMonth) {
        return sumOrZero(dsl.select(DSL.sum(ACCOUNT_MONTH_TOTAL.TOTAL))
                .from(ACCOUNT_MONTH_TOTAL)
                .where(ACCOUNT_MONTH_TOTAL.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_MONTH_TOTAL.MONTH_START.lt(beforeMonth))
                .fetchOne(0, BigDecimal.class));
    }

    private static long sumOrZero(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }
}
