package app.nestegg.desktop.ledger.budgets;

import java.util.UUID;

/**
 * One row of the budget table, worded: a group heading with its sums ({@code categoryId} null) or a category's line;
 * {@code budgetedInput} is the budgeted amount as the amount field takes it (no currency sign).
 * {@code overspent} marks an expense line below zero, {@code rollover} a line that carries into the next month.
 */
public record BudgetRow(
        UUID categoryId,
        String name,
        String budgeted,
        String budgetedInput,
        String carried,
        String actual,
        String remaining,
        boolean overspent,
        boolean rollover,
        boolean income) {

    public boolean isGroup() {
        return categoryId == null;
    }
}
