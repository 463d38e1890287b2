package app.nestegg.sync.jobs;

import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.budget.BudgetLine;
import app.nestegg.vault.ledger.budget.Budgets;
import app.nestegg.vault.notifications.NotificationKind;
import app.nestegg.vault.notifications.Notifications;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * Tells the person when an expense category's spending reaches 80 % and 100 % of its budget for the month, once per
 * threshold per month (docs/decisions/0026-notifications-and-budget-alerts.md). A category that passes both between
 * two runs gets only the 100 % alert, and after it the 80 % one never follows in that month. Categories without a
 * budget never alert; the month is the clock's, in its zone.
 */
public final class BudgetAlertJob implements Job {

    public static final String NAME = "budget-alerts";

    static final int WARNING_PERCENT = 80;
    static final int OVER_PERCENT = 100;

    private static final Schedule EVERY_HALF_HOUR = new Schedule.Every(Duration.ofMinutes(30));

    private final Budgets budgets;
    private final Notifications notifications;

    public BudgetAlertJob(Budgets budgets, Notifications notifications) {
        this.budgets = budgets;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return EVERY_HALF_HOUR;
    }

    @Override
    public void run(JobContext context) {
        YearMonth month = YearMonth.now(context.clock());
        for (BudgetLine line : budgets.month(month).lines()) {
            int reached = thresholdReached(line);
            if (reached == OVER_PERCENT
                    || (reached == WARNING_PERCENT && !notifications.exists(key(line, month, OVER_PERCENT)))) {
                notifications.add(
                        NotificationKind.BUDGET_THRESHOLD,
                        key(line, month, reached),
                        List.of(
                                line.name(),
                                Integer.toString(reached),
                                line.actual().toString(),
                                line.budgeted().toString(),
                                month.toString()));
            }
        }
    }

    /** The highest threshold the line's spending reached, or 0. */
    static int thresholdReached(BudgetLine line) {
        long budgeted = line.budgeted().minor();
        if (line.kind() != CategoryKind.EXPENSE || budgeted <= 0) {
            return 0;
        }
        long spentPercentTimesBudget = Math.multiplyExact(line.actual().minor(), 100L);
        if (spentPercentTimesBudget >= Math.multiplyExact(budgeted, OVER_PERCENT)) {
            return OVER_PERCENT;
        }
        return spentPercentTimesBudget >= Math.multiplyExact(budgeted, WARNING_PERCENT) ? WARNING_PERCENT : 0;
    }

    private static String key(BudgetLine line, YearMonth month, int percent) {
        return "budget:" + line.categoryId() + ":" + month + ":" + percent;
    }
}
