package app.nestegg.desktop.ledger.reports;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.networth.NetWorth;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import app.nestegg.vault.ledger.report.BudgetReportMonth;
import app.nestegg.vault.ledger.report.CategoryAmount;
import app.nestegg.vault.ledger.report.IncomeExpenseReport;
import app.nestegg.vault.ledger.report.MonthFlow;
import app.nestegg.vault.ledger.report.MonthRange;
import app.nestegg.vault.ledger.report.ReportCsv;
import app.nestegg.vault.ledger.report.Reports;
import app.nestegg.vault.ledger.report.SpendingReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reports page: which report (spending by category, income against expenses, budget against actual, net worth day
 * by day) over which months (this month, the last 3 or 12 months, or the months before and after), its figures for the
 * charts and the table, its total, and its CSV, saved to a file the user picks. Net worth stops at today.
 */
public final class ReportsViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final Clock clock;
    private final YearMonth thisMonth;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(this, "kind", ReportKind.SPENDING);
    private final ObjectProperty<MonthRange> range;
    private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper(this, "rangeText", "");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<ReportSlice> slices = FXCollections.observableArrayList();
    private final ObservableList<ReportBar> bars = FXCollections.observableArrayList();
    private final ObservableList<NetWorthPoint> netWorthDays = FXCollections.observableArrayList();
    private final LedgerErrors errors;
    private String csv = "";

    public ReportsViewModel(
            VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format, Clock clock) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
        this.clock = clock;
        this.thisMonth = YearMonth.from(LocalDate.now(clock));
        this.range = new SimpleObjectProperty<>(this, "range", MonthRange.yearTo(thisMonth));
        kind.addListener((observable, old, now) -> refresh());
    }

    /** The last {@code months} months, this one included. */
    public void lastMonths(int months) {
        range.set(new MonthRange(thisMonth.minusMonths(months - 1L), thisMonth));
        refresh();
    }

    /** The same number of months, moved back (−1) or forward (+1) by that many. */
    public void shift(int direction) {
        MonthRange shown = range.get();
        long length = shown.months().size();
        range.set(new MonthRange(
                shown.from().plusMonths(direction * length), shown.to().plusMonths(direction * length)));
        refresh();
    }

    public void refresh() {
        MonthRange shown = range.get();
        ReportKind report = kind.get();
        error.set("");
        status.set("");
        rangeText.set(
                shown.from().equals(shown.to())
                        ? format.month(shown.from())
                        : messages.format("reports.range", format.month(shown.from()), format.month(shown.to())));
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> load(report, shown, today), this::show, failure -> error.set(errors.describe(failure)));
    }

    private record Loaded(
            ReportKind kind,
            List<ReportSlice> slices,
            List<ReportBar> bars,
            List<NetWorthPoint> days,
            String total,
            String csv) {}

    private Loaded load(ReportKind report, MonthRange shown, LocalDate today) {
        Reports reports = session.ledger().reports();
        return switch (report) {
            case SPENDING -> spending(reports.spending(shown));
            case INCOME -> income(reports.incomeAndExpenses(shown));
            case BUDGET -> budget(reports.budgetAgainstActual(shown));
            case NET_WORTH -> netWorth(session.ledger().netWorth(), shown, today);
        };
    }

    private Loaded spending(SpendingReport report) {
        List<ReportSlice> lines = new ArrayList<>();
        for (CategoryAmount line : report.categories()) {
            String name = line.categoryId() == null ? messages.get("reports.uncategorised") : line.name();
            lines.add(new ReportSlice(name, line.amount().toDecimal(), format.format(line.amount())));
        }
        return new Loaded(
                ReportKind.SPENDING,
                lines,
                List.of(),
                List.of(),
                messages.format("reports.spendingTotal", format.format(report.total())),
                ReportCsv.spending(report));
    }

    private Loaded income(IncomeExpenseReport report) {
        List<ReportBar> months = new ArrayList<>();
        for (MonthFlow month : report.months()) {
            months.add(new ReportBar(
                    month.month().toString(),
                    month.income().toDecimal(),
                    month.expenses().toDecimal(),
                    format.format(month.income()),
                    format.format(month.expenses())));
        }
        return new Loaded(
                ReportKind.INCOME,
                List.of(),
                months,
                List.of(),
                messages.format(
                        "reports.incomeTotal",
                        format.format(report.income()),
                        format.format(report.expenses()),
                        format.format(report.net())),
                ReportCsv.incomeAndExpenses(report));
    }

    private Loaded budget(List<BudgetReportMonth> report) {
        List<ReportBar> months = new ArrayList<>();
        for (BudgetReportMonth month : report) {
            months.add(new ReportBar(
                    month.month().toString(),
                    month.expensesBudgeted().toDecimal(),
                    month.expensesSpent().toDecimal(),
                    format.format(month.expensesBudgeted()),
                    format.format(month.expensesSpent())));
        }
        return new Loaded(ReportKind.BUDGET, List.of(), months, List.of(), "", ReportCsv.budget(report));
    }

    /**
     * Every day of the months up to today; the change is measured from the day before the first, so that the first
     * day's own transactions count in it.
     */
    private Loaded netWorth(NetWorth netWorth, MonthRange shown, LocalDate today) {
        LocalDate first = shown.from().atDay(1);
        LocalDate last =
                shown.to().atEndOfMonth().isAfter(today) ? today : shown.to().atEndOfMonth();
        if (last.isBefore(first)) {
            return new Loaded(
                    ReportKind.NET_WORTH,
                    List.of(),
                    List.of(),
                    List.of(),
                    messages.get("reports.netWorthNotYet"),
                    ReportCsv.netWorth(List.of()));
        }
        List<NetWorthPoint> withDayBefore = netWorth.history(first.minusDays(1), last);
        List<NetWorthPoint> days = List.copyOf(withDayBefore.subList(1, withDayBefore.size()));
        Money end = days.getLast().netWorth();
        Money change = end.minus(withDayBefore.getFirst().netWorth());
        String changeShown = change.signum() > 0 ? "+" + format.format(change) : format.format(change);
        return new Loaded(
                ReportKind.NET_WORTH,
                List.of(),
                List.of(),
                days,
                messages.format(
                        "reports.netWorthTotal",
                        format.format(end),
                        format.date(last),
                        changeShown,
                        format.date(first.minusDays(1))),
                ReportCsv.netWorth(days));
    }

    private void show(Loaded loaded) {
        if (loaded.kind() != kind.get()) {
            return;
        }
        slices.setAll(loaded.slices());
        bars.setAll(loaded.bars());
        netWorthDays.setAll(loaded.days());
        total.set(loaded.total());
        csv = loaded.csv();
    }

    /** Writes the report as shown, as CSV, to the file. */
    public void exportCsv(Path file) {
        String text = csv;
        tasks.run(
                () -> {
                    try {
                        Files.writeString(file, text, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return file;
                },
                saved -> status.set(messages.format("reports.saved", saved.getFileName())),
                failure -> error.set(errors.describe(failure)));
    }

    /** What the chart was saved to, or why it could not be. */
    public void chartSaved(Path file, Exception failure) {
        if (failure == null) {
            status.set(messages.format("reports.saved", file.getFileName()));
        } else {
            error.set(errors.describe(failure));
        }
    }

    /** The two series' names of the bar reports. */
    public List<String> seriesNames() {
        return kind.get() == ReportKind.BUDGET
                ? List.of(messages.get("reports.budgeted"), messages.get("reports.spent"))
                : List.of(messages.get("reports.income"), messages.get("reports.expenses"));
    }

    public String suggestedFileName(String extension) {
        MonthRange shown = range.get();
        return "nest-egg-"
                + kind.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + shown.from() + "-to-"
                + shown.to() + "." + extension;
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty rangeTextProperty() {
        return rangeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<ReportSlice> slices() {
        return slices;
    }

    public ObservableList<ReportBar> bars() {
        return bars;
    }

    /** The net worth report's days, oldest first; empty for the other reports. */
    public ObservableList<NetWorthPoint> netWorthDays() {
        return netWorthDays;
    }
}
