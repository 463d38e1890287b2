package app.nestegg.vault.ledger.dashboard;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.budget.BudgetGroup;
import app.nestegg.vault.ledger.budget.Budgets;
import app.nestegg.vault.ledger.goals.Goals;
import app.nestegg.vault.ledger.networth.NetWorth;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import app.nestegg.vault.ledger.report.MonthRange;
import app.nestegg.vault.ledger.report.Reports;
import app.nestegg.vault.store.ChangeLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * The dashboard's figures in one call, each read from the derived tables the other pages use (net-worth snapshots,
 * category and uncategorised month totals, budgets) so that the dashboard and those pages always agree.
 */
public final class Dashboard {

    /** The net-worth chart shows at most this many days, evenly spaced, whatever its range. */
    public static final int CHART_POINTS = 400;

    /** How many days back the large transactions reach. */
    public static final int LARGE_DAYS = 30;

    /** How many large transactions it shows. */
    public static final int LARGE_COUNT = 5;

    private final Accounts accounts;
    private final NetWorth netWorth;
    private final Reports reports;
    private final Budgets budgets;
    private final Goals goals;
    private final LargeTransactions large;
    private final Clock clock;

    public Dashboard(
            ChangeLog log,
            ExchangeRates rates,
            Accounts accounts,
            NetWorth netWorth,
            Reports reports,
            Budgets budgets,
            Goals goals,
            Clock clock) {
        this.accounts = accounts;
        this.netWorth = netWorth;
        this.reports = reports;
        this.budgets = budgets;
        this.goals = goals;
        this.large = new LargeTransactions(log, rates);
        this.clock = clock;
    }

    /** The figures of the clock's today. */
    public DashboardFigures figures(DashboardRange range) {
        return figures(range, LocalDate.now(clock));
    }

    /** The figures as they stand on {@code today}: its month, and the chart and large transactions up to it. */
    public DashboardFigures figures(DashboardRange range, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        LocalDate firstOpening = accounts.list().stream()
                .map(Account::openingDate)
                .min(Comparator.naturalOrder())
                .orElse(today);
        List<NetWorthPoint> series = netWorth.sampled(range.start(today, firstOpening), today, CHART_POINTS);
        List<BudgetGroup> expenseGroups = budgets.month(month).groups().stream()
                .filter(g -> g.kind() == CategoryKind.EXPENSE)
                .filter(g -> g.budgeted().signum() != 0
                        || g.actual().signum() != 0
                        || g.carried().signum() != 0)
                .toList();
        return new DashboardFigures(
                today,
                range,
                series.getLast(),
                series,
                reports.incomeAndExpenses(new MonthRange(month, month)).months().getFirst(),
                expenseGroups,
                goals.progress(false),
                large.largest(today.minusDays(LARGE_DAYS - 1L), today, LARGE_COUNT));
    }
}
