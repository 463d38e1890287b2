package app.nestegg.vault.ledger.dashboard;

import app.nestegg.vault.ledger.budget.BudgetGroup;
import app.nestegg.vault.ledger.goals.GoalProgress;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import app.nestegg.vault.ledger.report.MonthFlow;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the dashboard shows on {@code today}, every amount in the base currency except the large transactions' own.
 *
 * @param netWorth net worth today (assets, liabilities and their sum)
 * @param netWorthSeries the chart's points over {@code range}, ending today
 * @param month this month's income, spending and cash flow (income less spending), as the income report counts them
 * @param budgetGroups this month's expense groups with a budget or spending: budgeted, carried, spent, remaining
 * @param goals the active goals' progress
 * @param largeTransactions the largest transactions of the last {@link Dashboard#LARGE_DAYS} days, largest first
 */
public record DashboardFigures(
        LocalDate today,
        DashboardRange range,
        NetWorthPoint netWorth,
        List<NetWorthPoint> netWorthSeries,
        MonthFlow month,
        List<BudgetGroup> budgetGroups,
        List<GoalProgress> goals,
        List<LargeTransaction> largeTransactions) {

    public DashboardFigures {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(netWorth, "netWorth");
        Objects.requireNonNull(month, "month");
        netWorthSeries = List.copyOf(netWorthSeries);
        budgetGroups = List.copyOf(budgetGroups);
        goals = List.copyOf(goals);
        largeTransactions = List.copyOf(largeTransactions);
    }
}
