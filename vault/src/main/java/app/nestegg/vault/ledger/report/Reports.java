package app.nestegg.vault.ledger.report;

import static app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.UNCATEGORISED_MONTH_TOTAL;

import app.nestegg.vault.ledger.Categories;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.budget.BaseAmounts;
import app.nestegg.vault.ledger.budget.BudgetMonth;
import app.nestegg.vault.ledger.budget.Budgets;
import app.nestegg.vault.store.ChangeLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reports over a range of months, in the base currency, read from the category and uncategorised month totals (one
 * query each, whatever the ledger's size): spending by category, income against expenses by month, and budget
 * against actual by month.
 */
public final class Reports {

    private final ChangeLog log;
    private final Categories categories;
    private final ExchangeRates rates;
    private final Budgets budgets;
    private final Clock clock;

    public Reports(ChangeLog log, Categories categories, ExchangeRates rates, Budgets budgets, Clock clock) {
        this.log = log;
        this.categories = categories;
        this.rates = rates;
        this.budgets = budgets;
        this.clock = clock;
    }

    public SpendingReport spending(MonthRange range) {
        ReportTotals totals = read(range);
        List<CategoryAmount> lines = new ArrayList<>();
        long total = 0;
        for (CategoryGroup group : categories.list()) {
            if (group.kind() != CategoryKind.EXPENSE) {
                continue;
            }
            for (Category category : group.categories()) {
                long spent = -totals.filedOver(category.id());
                if (spent != 0) {
                    lines.add(new CategoryAmount(category.id(), category.name(), group.name(), totals.money(spent)));
                    total += spent;
                }
            }
        }
        long unfiled = -totals.outflowOver();
        if (unfiled != 0) {
            lines.add(new CategoryAmount(null, "Uncategorised", "", totals.money(unfiled)));
            total += unfiled;
        }
        lines.sort(Comparator.comparing((CategoryAmount line) -> line.amount().minor())
                .reversed());
        return new SpendingReport(range, lines, totals.money(total));
    }

    public IncomeExpenseReport incomeAndExpenses(MonthRange range) {
        ReportTotals totals = read(range);
        Map<UUID, CategoryKind> kinds = new HashMap<>();
        categories.list().forEach(g -> g.categories().forEach(c -> kinds.put(c.id(), g.kind())));
        List<MonthFlow> months = new ArrayList<>();
        long income = 0;
        long expenses = 0;
        for (YearMonth month : range.months()) {
            long in = totals.inflow(month);
            long out = -totals.outflow(month);
            for (Map.Entry<UUID, Long> filed : totals.filedIn(month).entrySet()) {
                if (kinds.get(filed.getKey()) == CategoryKind.INCOME) {
                    in += filed.getValue();
                } else {
                    out -= filed.getValue();
                }
            }
            months.add(new MonthFlow(month, totals.money(in), totals.money(out), totals.money(in - out)));
            income += in;
            expenses += out;
        }
        return new IncomeExpenseReport(
                range, months, totals.money(income), totals.money(expenses), totals.money(income - expenses));
    }

    public List<BudgetReportMonth> budgetAgainstActual(MonthRange range) {
        List<BudgetReportMonth> months = new ArrayList<>();
        for (YearMonth month : range.months()) {
            BudgetMonth budget = budgets.month(month);
            months.add(new BudgetReportMonth(
                    month,
                    budget.expensesBudgeted(),
                    budget.expensesSpent(),
                    budget.incomeExpected(),
                    budget.incomeReceived()));
        }
        return months;
    }

    private ReportTotals read(MonthRange range) {
        LocalDate from = range.from().atDay(1);
        LocalDate to = range.to().atDay(1);
        var filed = log.read(dsl -> dsl.select(
                        CATEGORY_MONTH_TOTAL.CATEGORY_ID,
                        CATEGORY_MONTH_TOTAL.MONTH_START,
                        CATEGORY_MONTH_TOTAL.CURRENCY,
                        CATEGORY_MONTH_TOTAL.TOTAL)
                .from(CATEGORY_MONTH_TOTAL)
                .where(CATEGORY_MONTH_TOTAL.MONTH_START.between(from, to))
                .fetch());
        var unfiled = log.read(dsl -> dsl.selectFrom(UNCATEGORISED_MONTH_TOTAL)
                .where(UNCATEGORISED_MONTH_TOTAL.MONTH_START.between(from, to))
                .fetch());
        ReportTotals totals = new ReportTotals(new BaseAmounts(rates, LocalDate.now(clock)));
        filed.forEach(r -> totals.file(r.value1(), r.value2(), r.value3(), r.value4()));
        unfiled.forEach(r -> totals.unfiled(r.getMonthStart(), r.getCurrency(), r.getInflow(), r.getOutflow()));
        return totals;
    }
}
