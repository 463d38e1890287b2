package app.nestegg.vault.ledger.budget;

import app.nestegg.vault.ledger.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A month's budget in the base currency: the groups (income first, then expenses, each in the categories' order), the
 * income expected and received, the expenses budgeted and spent, and what is left to budget: the income expected less
 * the expenses budgeted, or, in a month with no income expected, the income received less the expenses budgeted.
 */
public record BudgetMonth(
        YearMonth month,
        List<BudgetGroup> groups,
        Money incomeExpected,
        Money incomeReceived,
        Money expensesBudgeted,
        Money expensesSpent,
        Money toBudget) {

    public BudgetMonth {
        Objects.requireNonNull(month, "month");
        groups = List.copyOf(groups);
    }

    /** Every line of every group, in order. */
    public List<BudgetLine> lines() {
        return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }
}
