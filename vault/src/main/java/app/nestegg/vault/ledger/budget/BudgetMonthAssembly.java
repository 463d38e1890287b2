package app.nestegg.vault.ledger.budget;

import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/** Puts a month's figures into lines, groups (income groups first) and the month's totals. */
final class BudgetMonthAssembly {

    private BudgetMonthAssembly() {}

    static BudgetMonth assemble(YearMonth month, List<CategoryGroup> groups, MonthFigures figures, Currency base) {
        List<BudgetGroup> built = new ArrayList<>();
        long[] month4 = new long[4];
        List<CategoryGroup> ordered = groups.stream()
                .sorted(Comparator.comparing((CategoryGroup g) -> g.kind() == CategoryKind.EXPENSE))
                .toList();
        for (CategoryGroup group : ordered) {
            List<BudgetLine> lines = new ArrayList<>();
            long[] sums = new long[4];
            for (Category category : group.categories()) {
                if (category.hidden() && !figures.has(category.id())) {
                    continue;
                }
                BudgetLine line = line(category, group.kind(), figures.of(category.id()), month, base);
                lines.add(line);
                sums[0] += line.budgeted().minor();
                sums[1] += line.carried().minor();
                sums[2] += line.actual().minor();
                sums[3] += line.remaining().minor();
            }
            int offset = group.kind() == CategoryKind.INCOME ? 0 : 2;
            month4[offset] += sums[0];
            month4[offset + 1] += sums[2];
            built.add(new BudgetGroup(
                    group.id(),
                    group.name(),
                    group.kind(),
                    lines,
                    new Money(sums[0], base),
                    new Money(sums[1], base),
                    new Money(sums[2], base),
                    new Money(sums[3], base)));
        }
        long incomeBasis = month4[0] > 0 ? month4[0] : month4[1];
        return new BudgetMonth(
                month,
                built,
                new Money(month4[0], base),
                new Money(month4[1], base),
                new Money(month4[2], base),
                new Money(month4[3], base),
                new Money(incomeBasis - month4[2], base));
    }

    private static BudgetLine line(
            Category category, CategoryKind kind, MonthFigures.Sums sums, YearMonth month, Currency base) {
        LocalDate since = sums.rolloverSince;
        boolean rollover =
                kind == CategoryKind.EXPENSE && since != null && !month.atDay(1).isBefore(since);
        if (kind == CategoryKind.INCOME) {
            return new BudgetLine(
                    category.id(),
                    category.name(),
                    kind,
                    category.hidden(),
                    false,
                    new Money(sums.budgeted, base),
                    Money.zero(base),
                    new Money(sums.filed, base),
                    new Money(sums.budgeted - sums.filed, base));
        }
        long carried = rollover ? sums.budgetedBefore + sums.filedBefore : 0;
        long spent = -sums.filed;
        return new BudgetLine(
                category.id(),
                category.name(),
                kind,
                category.hidden(),
                rollover,
                new Money(sums.budgeted, base),
                new Money(carried, base),
                new Money(spent, base),
                new Money(sums.budgeted + carried - spent, base));
    }
}
