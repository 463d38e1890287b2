package app.nestegg.desktop.ledger.dashboard;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.budget.BudgetGroup;
import app.nestegg.vault.ledger.dashboard.DashboardFigures;
import app.nestegg.vault.ledger.dashboard.DashboardRange;
import app.nestegg.vault.ledger.dashboard.LargeTransaction;
import app.nestegg.vault.ledger.goals.GoalProgress;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard: net worth now, its change and its chart over the chosen range (a month, six months, a year or all of
 * it), this month's income, spending and cash flow, the budget by group, the goals and the recent large transactions.
 * Everything is read in one background call and shown at once.
 */
public final class DashboardViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final LedgerErrors errors;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<DashboardRange> range =
            new ReadOnlyObjectWrapper<>(this, "range", DashboardRange.ONE_YEAR);
    private final ReadOnlyStringWrapper netWorth = new ReadOnlyStringWrapper(this, "netWorth", "");
    private final ReadOnlyStringWrapper netWorthChange = new ReadOnlyStringWrapper(this, "netWorthChange", "");
    private final ReadOnlyStringWrapper monthTitle = new ReadOnlyStringWrapper(this, "monthTitle", "");
    private final ReadOnlyStringWrapper income = new ReadOnlyStringWrapper(this, "income", "");
    private final ReadOnlyStringWrapper spending = new ReadOnlyStringWrapper(this, "spending", "");
    private final ReadOnlyStringWrapper cashFlow = new ReadOnlyStringWrapper(this, "cashFlow", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<NetWorthPoint> series = FXCollections.observableArrayList();
    private final ObservableList<BudgetStatusLine> budget = FXCollections.observableArrayList();
    private final ObservableList<GoalStatusLine> goals = FXCollections.observableArrayList();
    private final ObservableList<LargeTransactionLine> large = FXCollections.observableArrayList();
    // Read-only views made once: a view made per call listens weakly and would drop its listeners when collected.
    private final ObservableList<NetWorthPoint> seriesView = FXCollections.unmodifiableObservableList(series);
    private final ObservableList<BudgetStatusLine> budgetView = FXCollections.unmodifiableObservableList(budget);
    private final ObservableList<GoalStatusLine> goalsView = FXCollections.unmodifiableObservableList(goals);
    private final ObservableList<LargeTransactionLine> largeView = FXCollections.unmodifiableObservableList(large);

    public DashboardViewModel(
            VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
    }

    /** Reads every figure again, for the shown range. */
    public void refresh() {
        DashboardRange shown = range.get();
        error.set("");
        LocalDate today = LocalDate.now(clock);
        tasks.run(
                () -> session.ledger().dashboard().figures(shown, today),
                this::show,
                failure -> error.set(errors.describe(failure)));
    }

    /** Shows the net worth chart over {@code chosen} and reads the figures again. */
    public void showRange(DashboardRange chosen) {
        range.set(chosen);
        refresh();
    }

    private void show(DashboardFigures figures) {
        if (figures.range() != range.get()) {
            return;
        }
        NetWorthPoint now = figures.netWorth();
        Money change = now.netWorth().minus(figures.netWorthSeries().getFirst().netWorth());
        netWorth.set(format.format(now.netWorth()));
        netWorthChange.set(messages.format(
                "dashboard.change",
                (change.signum() > 0 ? "+" : "") + format.format(change),
                messages.get(rangeKey(figures.range()) + ".long")));
        series.setAll(figures.netWorthSeries());
        monthTitle.set(
                messages.format("dashboard.month", format.month(figures.month().month())));
        income.set(format.format(figures.month().income()));
        spending.set(format.format(figures.month().expenses()));
        cashFlow.set(format.format(figures.month().net()));
        budget.setAll(figures.budgetGroups().stream().map(this::budgetLine).toList());
        goals.setAll(figures.goals().stream().map(this::goalLine).toList());
        large.setAll(figures.largeTransactions().stream().map(this::largeLine).toList());
    }

    private BudgetStatusLine budgetLine(BudgetGroup group) {
        BigDecimal allowed = group.budgeted().plus(group.carried()).toDecimal();
        BigDecimal spent = group.actual().toDecimal();
        BigDecimal fraction = allowed.signum() <= 0
                ? (spent.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO)
                : spent.divide(allowed, 4, RoundingMode.DOWN)
                        .max(BigDecimal.ZERO)
                        .min(BigDecimal.ONE);
        boolean overspent = group.remaining().signum() < 0;
        return new BudgetStatusLine(
                group.name(),
                messages.format(
                        "dashboard.spentOfBudget",
                        format.format(group.actual()),
                        format.format(group.budgeted().plus(group.carried()))),
                overspent
                        ? messages.format(
                                "dashboard.over",
                                format.format(group.remaining().negate()))
                        : messages.format("dashboard.left", format.format(group.remaining())),
                fraction,
                overspent);
    }

    private GoalStatusLine goalLine(GoalProgress progress) {
        return new GoalStatusLine(
                progress.goal().name(),
                messages.format(
                        "goals.savedOfTarget",
                        format.format(progress.saved()),
                        format.format(progress.goal().target()),
                        progress.percent()),
                progress.fraction());
    }

    private LargeTransactionLine largeLine(LargeTransaction transaction) {
        return new LargeTransactionLine(
                format.date(transaction.date()),
                transaction.payee(),
                transaction.accountName(),
                transaction.categoryName().isEmpty()
                        ? messages.get("reports.uncategorised")
                        : transaction.categoryName(),
                format.format(transaction.amount()),
                transaction.amount().signum() > 0);
    }

    /** The message key of a range's short name, for its button and the change line. */
    public static String rangeKey(DashboardRange range) {
        return "dashboard.range." + range.name().toLowerCase(Locale.ROOT);
    }

    public ReadOnlyObjectProperty<DashboardRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty netWorthProperty() {
        return netWorth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty netWorthChangeProperty() {
        return netWorthChange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthTitleProperty() {
        return monthTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty incomeProperty() {
        return income.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty spendingProperty() {
        return spending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cashFlowProperty() {
        return cashFlow.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** The chart's points, oldest first. */
    public ObservableList<NetWorthPoint> series() {
        return seriesView;
    }

    public ObservableList<BudgetStatusLine> budget() {
        return budgetView;
    }

    public ObservableList<GoalStatusLine> goals() {
        return goalsView;
    }

    public ObservableList<LargeTransactionLine> large() {
        return largeView;
    }
}
