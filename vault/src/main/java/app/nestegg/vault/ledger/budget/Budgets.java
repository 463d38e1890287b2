package app.nestegg.vault.ledger.budget;

import static app.nestegg.vault.store.generated.Tables.BUDGET_AMOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_ROLLOVER;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL;

import app.nestegg.vault.ledger.Categories;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.BudgetAmountRecord;
import app.nestegg.vault.store.generated.tables.records.BudgetRolloverRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Monthly budgets per category, in the vault's base currency: set, clear, copy from the month before, fill from the
 * average of past months, rollover on or off, and a month's state ({@link BudgetMonth}) computed from the category
 * totals in one query. All of it works offline, from the ledger alone.
 */
public final class Budgets {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;

    private final ChangeLog log;
    private final Categories categories;
    private final ExchangeRates rates;
    private final Clock clock;

    public Budgets(ChangeLog log, Categories categories, ExchangeRates rates, Clock clock) {
        this.log = log;
        this.categories = categories;
        this.rates = rates;
        this.clock = clock;
    }

    /** The month's budget: every visible category, and hidden ones with a budget or activity in the month. */
    public BudgetMonth month(YearMonth month) {
        LocalDate start = start(month);
        var rows = log.read(dsl -> MonthFigures.query(dsl, start));
        MonthFigures figures = MonthFigures.fold(rows, start, new BaseAmounts(rates, LocalDate.now(clock)));
        return BudgetMonthAssembly.assemble(month, categories.list(), figures, rates.baseCurrency());
    }

    /** Sets what the category may spend (or, for income, is expected to bring) in the month. */
    public Money set(UUID categoryId, YearMonth month, Money amount) {
        Category category = categories.get(categoryId);
        LocalDate start = start(month);
        if (amount.signum() < 0) {
            throw new LedgerInputException(
                    "amount",
                    "A budget cannot be negative: " + amount.toPlainString() + " for " + category.name() + " in "
                            + month);
        }
        if (!amount.currency().equals(rates.baseCurrency())) {
            throw new LedgerInputException(
                    "amount",
                    "Budgets are in the base currency " + rates.baseCurrency().getCurrencyCode() + ", not "
                            + amount.currency().getCurrencyCode());
        }
        log.write(w -> {
            store(w, categoryId, start, amount.minor());
            return null;
        });
        return amount;
    }

    /** Removes the category's budget for the month; nothing happens when it has none. */
    public void clear(UUID categoryId, YearMonth month) {
        categories.get(categoryId);
        LocalDate start = start(month);
        log.write(w -> {
            w.dsl()
                    .selectFrom(BUDGET_AMOUNT)
                    .where(BUDGET_AMOUNT.CATEGORY_ID.eq(categoryId))
                    .and(BUDGET_AMOUNT.MONTH_START.eq(start))
                    .forEach(w::delete);
            return null;
        });
    }

    /**
     * Gives every category budgeted in the month before the same amount in this month, replacing what this month had
     * for it; categories not budgeted the month before keep theirs.
     *
     * @return how many categories were set
     */
    public int copyPreviousMonth(YearMonth month) {
        LocalDate start = start(month);
        LocalDate previous = start.minusMonths(1);
        return log.write(w -> {
            int copied = 0;
            for (BudgetAmountRecord amount : w.dsl()
                    .selectFrom(BUDGET_AMOUNT)
                    .where(BUDGET_AMOUNT.MONTH_START.eq(previous))
                    .fetch()) {
                store(w, amount.getCategoryId(), start, amount.getAmount());
                copied++;
            }
            return copied;
        });
    }

    /**
     * Sets each visible category's budget for the month to its average over the {@code months} months before it:
     * the average spent for expense categories, the average received for income, rounded to the minor unit; months
     * without activity count as zero. Categories whose average is zero or below keep what they had.
     *
     * @param months how many past months to average, 1 to 36 (the app offers 3, 6 and 12)
     * @return how many categories were set
     */
    public int fromAverage(YearMonth month, int months) {
        if (months < 1 || months > 36) {
            throw new LedgerInputException("months", "Average over 1 to 36 months, not " + months);
        }
        LocalDate start = start(month);
        LocalDate from = start.minusMonths(months);
        var rows = log.read(dsl -> dsl.select(
                        CATEGORY_MONTH_TOTAL.CATEGORY_ID,
                        CATEGORY_MONTH_TOTAL.MONTH_START,
                        CATEGORY_MONTH_TOTAL.CURRENCY,
                        CATEGORY_MONTH_TOTAL.TOTAL)
                .from(CATEGORY_MONTH_TOTAL)
                .where(CATEGORY_MONTH_TOTAL.MONTH_START.ge(from))
                .and(CATEGORY_MONTH_TOTAL.MONTH_START.lt(start))
                .fetch());
        BaseAmounts base = new BaseAmounts(rates, LocalDate.now(clock));
        Map<UUID, Long> filed = new HashMap<>();
        rows.forEach(r -> filed.merge(r.value1(), base.minor(r.value4(), r.value3(), r.value2()), Long::sum));
        Map<UUID, Long> averages = new HashMap<>();
        for (CategoryGroup group : categories.list()) {
            long sign = group.kind() == CategoryKind.EXPENSE ? -1 : 1;
            for (Category category : group.categories()) {
                long total = sign * filed.getOrDefault(category.id(), 0L);
                long average = BigDecimal.valueOf(total)
                        .divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP)
                        .longValueExact();
                if (!category.hidden() && average > 0) {
                    averages.put(category.id(), average);
                }
            }
        }
        return log.write(w -> {
            averages.forEach((category, average) -> store(w, category, start, average));
            return averages.size();
        });
    }

    /**
     * Turns rollover on from the month (unspent or overspent amounts of that month on carry into the next) or off.
     * Only expense categories roll over.
     */
    public void setRollover(UUID categoryId, boolean on, YearMonth since) {
        Category category = categories.get(categoryId);
        LocalDate start = start(since);
        if (on && kindOf(category) != CategoryKind.EXPENSE) {
            throw new LedgerInputException(
                    "rollover", "Only expense categories roll over; " + category.name() + " is an income category");
        }
        log.write(w -> {
            BudgetRolloverRecord existing = w.dsl()
                    .selectFrom(BUDGET_ROLLOVER)
                    .where(BUDGET_ROLLOVER.CATEGORY_ID.eq(categoryId))
                    .fetchOne();
            if (!on) {
                if (existing != null) {
                    w.delete(existing);
                }
                return null;
            }
            if (existing == null) {
                BudgetRolloverRecord record = new BudgetRolloverRecord();
                record.setId(Ids.newId());
                record.setCategoryId(categoryId);
                record.setSinceMonth(start);
                w.insert(record);
            } else {
                existing.setSinceMonth(start);
                w.update(existing);
            }
            return null;
        });
    }

    private CategoryKind kindOf(Category category) {
        return categories.list().stream()
                .filter(g -> g.id().equals(category.groupId()))
                .findFirst()
                .orElseThrow()
                .kind();
    }

    private void store(ChangeWriter w, UUID categoryId, LocalDate start, long amount) {
        BudgetAmountRecord existing = w.dsl()
                .selectFrom(BUDGET_AMOUNT)
                .where(BUDGET_AMOUNT.CATEGORY_ID.eq(categoryId))
                .and(BUDGET_AMOUNT.MONTH_START.eq(start))
                .fetchOne();
        String currency = rates.baseCurrency().getCurrencyCode();
        if (existing == null) {
            BudgetAmountRecord record = new BudgetAmountRecord();
            record.setId(Ids.newId());
            record.setCategoryId(categoryId);
            record.setMonthStart(start);
            record.setAmount(amount);
            record.setCurrency(currency);
            w.insert(record);
            return;
        }
        existing.setAmount(amount);
        existing.setCurrency(currency);
        w.update(existing);
    }

    private static LocalDate start(YearMonth month) {
        if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
            throw new LedgerInputException(
                    "month", "A budget month must fall between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + month);
        }
        return month.atDay(1);
    }
}
