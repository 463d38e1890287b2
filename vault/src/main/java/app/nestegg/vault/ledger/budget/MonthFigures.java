package app.nestegg.vault.ledger.budget;

import static app.nestegg.vault.store.generated.Tables.BUDGET_AMOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_ROLLOVER;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * The figures a month's budget is made of, read in one query: per category, what was filed under it and what was
 * budgeted that month, and, for rollover categories, the same summed over the months from the rollover's start up to
 * the month. Amounts are converted to the base currency by {@link BaseAmounts} as they are summed, after the read.
 */
final class MonthFigures {

    /** A category's sums in base-currency minor units. */
    static final class Sums {
        long filed;
        long budgeted;
        long filedBefore;
        long budgetedBefore;
        LocalDate rolloverSince;
    }

    private final Map<UUID, Sums> byCategory = new HashMap<>();

    private MonthFigures() {}

    /** The month's rows; read inside the caller's read, folded with {@link #fold} after it. */
    static Result<Record5<String, UUID, LocalDate, String, Long>> query(DSLContext dsl, LocalDate month) {
        var rollover = DSL.select(BUDGET_ROLLOVER.CATEGORY_ID).from(BUDGET_ROLLOVER);
        var filed = DSL.select(
                        DSL.inline("F").as("kind"),
                        CATEGORY_MONTH_TOTAL.CATEGORY_ID,
                        CATEGORY_MONTH_TOTAL.MONTH_START,
                        CATEGORY_MONTH_TOTAL.CURRENCY,
                        CATEGORY_MONTH_TOTAL.TOTAL)
                .from(CATEGORY_MONTH_TOTAL)
                .where(CATEGORY_MONTH_TOTAL
                        .MONTH_START
                        .eq(month)
                        .or(CATEGORY_MONTH_TOTAL
                                .MONTH_START
                                .lt(month)
                                .and(CATEGORY_MONTH_TOTAL.CATEGORY_ID.in(rollover))));
        var budgeted = DSL.select(
                        DSL.inline("B"),
                        BUDGET_AMOUNT.CATEGORY_ID,
                        BUDGET_AMOUNT.MONTH_START,
                        BUDGET_AMOUNT.CURRENCY,
                        BUDGET_AMOUNT.AMOUNT)
                .from(BUDGET_AMOUNT)
                .where(BUDGET_AMOUNT
                        .MONTH_START
                        .eq(month)
                        .or(BUDGET_AMOUNT.MONTH_START.lt(month).and(BUDGET_AMOUNT.CATEGORY_ID.in(rollover))));
        var since = DSL.select(
                        DSL.inline("R"),
                        BUDGET_ROLLOVER.CATEGORY_ID,
                        BUDGET_ROLLOVER.SINCE_MONTH,
                        DSL.inline("", String.class),
                        DSL.inline(0L))
                .from(BUDGET_ROLLOVER);
        return dsl.fetch(filed.unionAll(budgeted).unionAll(since));
    }

    static MonthFigures fold(
            Result<Record5<String, UUID, LocalDate, String, Long>> rows, LocalDate month, BaseAmounts base) {
        MonthFigures figures = new MonthFigures();
        rows.stream()
                .filter(r -> r.value1().equals("R"))
                .forEach(r -> figures.sums(r.value2()).rolloverSince = r.value3());
        for (Record5<String, UUID, LocalDate, String, Long> row : rows) {
            figures.add(row, month, base);
        }
        return figures;
    }

    private void add(Record5<String, UUID, LocalDate, String, Long> row, LocalDate month, BaseAmounts base) {
        String kind = row.value1();
        if (kind.equals("R")) {
            return;
        }
        Sums sums = sums(row.value2());
        LocalDate rowMonth = row.value3();
        boolean thisMonth = rowMonth.equals(month);
        if (!thisMonth && (sums.rolloverSince == null || rowMonth.isBefore(sums.rolloverSince))) {
            return;
        }
        long amount = base.minor(row.value5(), row.value4(), rowMonth);
        if (kind.equals("F")) {
            if (thisMonth) {
                sums.filed += amount;
            } else {
                sums.filedBefore += amount;
            }
        } else if (thisMonth) {
            sums.budgeted += amount;
        } else {
            sums.budgetedBefore += amount;
        }
    }

    private Sums sums(UUID category) {
        return byCategory.computeIfAbsent(category, c -> new Sums());
    }

    Sums of(UUID category) {
        Sums sums = byCategory.get(category);
        return sums == null ? new Sums() : sums;
    }

    boolean has(UUID category) {
        return byCategory.containsKey(category);
    }
}
