package app.nestegg.desktop.ledger.budgets;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.budget.BudgetGroup;
import app.nestegg.vault.ledger.budget.BudgetLine;
import app.nestegg.vault.ledger.budget.BudgetMonth;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The budget page: one month at a time (previous, next, this month), its groups and categories with budgeted,
 * carried, spent or received and remaining, the month's totals, and the edits: the selected category's amount and
 * rollover, copy last month, and fill from the average of the last 3, 6 or 12 months. A refused amount shows the
 * ledger's message and writes nothing.
 */
public final class BudgetViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final LedgerErrors errors;
    private final ReadOnlyObjectWrapper<YearMonth> month;
    private final ReadOnlyStringWrapper monthTitle = new ReadOnlyStringWrapper(this, "monthTitle", "");
    private final ObservableList<BudgetRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper toBudget = new ReadOnlyStringWrapper(this, "toBudget", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<BudgetRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final BooleanProperty rollover = new SimpleBooleanProperty(this, "rollover", false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper canRollOver =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "canRollOver", false);

    public BudgetViewModel(
            VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format, Clock clock) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
        this.month = new ReadOnlyObjectWrapper<>(this, "month", YearMonth.from(LocalDate.now(clock)));
    }

    /** Reads the shown month again. */
    public void refresh() {
        YearMonth shown = month.get();
        tasks.run(() -> session.ledger().budgets().month(shown), this::show, this::failed);
    }

    public void previousMonth() {
        goTo(month.get().minusMonths(1));
    }

    public void nextMonth() {
        goTo(month.get().plusMonths(1));
    }

    public void goTo(YearMonth target) {
        month.set(target);
        status.set("");
        error.set("");
        refresh();
    }

    /** Loads the row into the form: its amount and rollover; group headings select nothing. */
    public void select(BudgetRow row) {
        BudgetRow line = row == null || row.isGroup() ? null : row;
        selected.set(line);
        amount.set(line == null ? "" : line.budgetedInput());
        rollover.set(line != null && line.rollover());
        canRollOver.set(line != null && !line.income());
        error.set("");
    }

    /** Stores the form's amount for the selected category in the shown month. */
    public void saveAmount() {
        BudgetRow line = selected.get();
        if (line == null) {
            return;
        }
        Optional<BigDecimal> parsed = format.parseAmount(amount.get());
        if (parsed.isEmpty()) {
            error.set(messages.format("budgets.badAmount", amount.get()));
            return;
        }
        YearMonth shown = month.get();
        write(
                () -> {
                    var ledger = session.ledger();
                    Money value = Money.of(parsed.get(), ledger.rates().baseCurrency(), "amount");
                    ledger.budgets().set(line.categoryId(), shown, value);
                    return messages.format("budgets.saved", line.name(), format.format(value));
                },
                line);
    }

    /** Turns rollover on from the shown month, or off, for the selected category. */
    public void saveRollover() {
        BudgetRow line = selected.get();
        if (line == null || line.income()) {
            return;
        }
        boolean on = rollover.get();
        YearMonth shown = month.get();
        write(
                () -> {
                    session.ledger().budgets().setRollover(line.categoryId(), on, shown);
                    return messages.format(on ? "budgets.rolloverOn" : "budgets.rolloverOff", line.name());
                },
                line);
    }

    public void copyPreviousMonth() {
        YearMonth shown = month.get();
        write(() -> messages.format("budgets.copied", session.ledger().budgets().copyPreviousMonth(shown)), null);
    }

    /** Sets every category with past activity to its average over the given number of months before this one. */
    public void fillFromAverage(int months) {
        YearMonth shown = month.get();
        write(
                () -> messages.format(
                        "budgets.averaged", session.ledger().budgets().fromAverage(shown, months), months),
                null);
    }

    private void write(Callable<String> work, BudgetRow keep) {
        status.set("");
        error.set("");
        YearMonth shown = month.get();
        tasks.run(
                () -> new Written(work.call(), session.ledger().budgets().month(shown)),
                written -> {
                    show(written.month());
                    status.set(written.message());
                    if (keep != null) {
                        rows.stream()
                                .filter(r -> keep.categoryId().equals(r.categoryId()))
                                .findFirst()
                                .ifPresent(this::select);
                    }
                },
                this::failed);
    }

    private record Written(String message, BudgetMonth month) {}

    private void show(BudgetMonth budget) {
        if (!budget.month().equals(month.get())) {
            return;
        }
        YearMonth shown = budget.month();
        monthTitle.set(format.month(shown));
        List<BudgetRow> built = new ArrayList<>();
        for (BudgetGroup group : budget.groups()) {
            boolean income = group.kind() == CategoryKind.INCOME;
            built.add(new BudgetRow(
                    null,
                    group.name(),
                    format.format(group.budgeted()),
                    "",
                    format.format(group.carried()),
                    format.format(group.actual()),
                    format.format(group.remaining()),
                    !income && group.remaining().signum() < 0,
                    false,
                    income));
            for (BudgetLine line : group.lines()) {
                built.add(new BudgetRow(
                        line.categoryId(),
                        line.name(),
                        format.format(line.budgeted()),
                        format.decimal(line.budgeted().toDecimal()),
                        line.rollover() ? format.format(line.carried()) : "",
                        format.format(line.actual()),
                        format.format(line.remaining()),
                        line.overspent(),
                        line.rollover(),
                        income));
            }
        }
        rows.setAll(built);
        summary.set(messages.format(
                "budgets.summary",
                format.format(budget.incomeExpected()),
                format.format(budget.incomeReceived()),
                format.format(budget.expensesSpent()),
                format.format(budget.expensesBudgeted())));
        toBudget.set(messages.format("budgets.toBudget", format.format(budget.toBudget())));
    }

    private void failed(Exception failure) {
        error.set(errors.describe(failure));
    }

    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyObjectProperty<YearMonth> monthProperty() {
        return month.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthTitleProperty() {
        return monthTitle.getReadOnlyProperty();
    }

    public ObservableList<BudgetRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toBudgetProperty() {
        return toBudget.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BudgetRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /** True while an expense category is selected: only those roll over. */
    public javafx.beans.property.ReadOnlyBooleanProperty canRollOverProperty() {
        return canRollOver.getReadOnlyProperty();
    }

    public BooleanProperty rolloverProperty() {
        return rollover;
    }
}
