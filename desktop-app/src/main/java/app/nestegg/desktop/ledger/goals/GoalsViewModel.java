package app.nestegg.desktop.ledger.goals;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.goals.Goal;
import app.nestegg.vault.ledger.goals.GoalDraft;
import app.nestegg.vault.ledger.goals.GoalFunding;
import app.nestegg.vault.ledger.goals.GoalProgress;
import app.nestegg.vault.ledger.goals.GoalStatus;
import app.nestegg.vault.ledger.goals.Goals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
 * The goals page: every goal with its progress (archived ones when asked), the form of the selected or new goal, a
 * contribution to the selected goal, and its status (achieved, archived, active again). Each change reads the list
 * again, so the progress shown is the ledger's.
 */
public final class GoalsViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final LedgerErrors errors;
    private final GoalForm form;
    private final ObservableList<GoalLine> goals = FXCollections.observableArrayList();
    private final ObservableList<Choice> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GoalLine> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived", false);
    private final StringProperty contributionAmount = new SimpleStringProperty(this, "contributionAmount", "");
    private final StringProperty contributionDate = new SimpleStringProperty(this, "contributionDate", "");
    private final StringProperty contributionNote = new SimpleStringProperty(this, "contributionNote", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public GoalsViewModel(VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
        this.form = new GoalForm(messages, format);
        showArchived.addListener((observable, old, show) -> refresh());
    }

    private record Loaded(List<GoalProgress> goals, List<Choice> accounts) {}

    /** Reads the goals and the accounts a goal can count again, keeping the selection. */
    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().progress().goal().id());
    }

    private void refresh(UUID selectId) {
        refresh(selectId, () -> {});
    }

    /** Reads the list again, then runs {@code after}, so a status message never comes before the list it speaks of. */
    private void refresh(UUID selectId, Runnable after) {
        boolean archived = showArchived.get();
        tasks.run(
                () -> new Loaded(
                        session.ledger().goals().progress(archived),
                        session.ledger().accounts().list().stream()
                                .filter(a -> !a.closed() && !a.type().isLiability())
                                .map(a -> new Choice(a.id(), a.name()))
                                .toList()),
                loaded -> {
                    accounts.setAll(loaded.accounts());
                    goals.setAll(loaded.goals().stream().map(this::line).toList());
                    GoalLine again = goals.stream()
                            .filter(line -> line.progress().goal().id().equals(selectId))
                            .findFirst()
                            .orElse(null);
                    if (again == null) {
                        // Only a selection that disappeared empties the form: a list that arrives while a new goal
                        // is being typed must not wipe what was typed.
                        if (selected.get() != null) {
                            select(null);
                        }
                    } else {
                        selected.set(again);
                    }
                    after.run();
                },
                this::failed);
    }

    /** Loads the goal into the form (null starts a new goal). */
    public void select(GoalLine line) {
        selected.set(line);
        form.load(line == null ? null : line.progress().goal(), accounts);
    }

    public void newGoal() {
        select(null);
        status.set("");
    }

    /** Adds the form as a new goal or saves it over the selected one. */
    public void save() {
        status.set("");
        GoalDraft draft = form.draft();
        if (draft == null) {
            return;
        }
        GoalLine editing = selected.get();
        tasks.run(
                () -> editing == null
                        ? service().add(draft)
                        : service().update(editing.progress().goal().id(), draft),
                goal -> done(goal, "goals.saved"),
                this::failed);
    }

    /** Adds the typed contribution to the selected goal; a blank date is today. */
    public void contribute() {
        GoalLine line = selected.get();
        if (line == null) {
            return;
        }
        status.set("");
        form.showError("");
        BigDecimal amount = format.parseAmount(contributionAmount.get()).orElse(null);
        if (amount == null) {
            form.showError(messages.format("ledger.badAmount", contributionAmount.get()));
            return;
        }
        LocalDate date = null;
        if (contributionDate.get() != null && !contributionDate.get().isBlank()) {
            date = format.parseDate(contributionDate.get()).orElse(null);
            if (date == null) {
                form.showError(messages.format("goals.badDate", contributionDate.get()));
                return;
            }
        }
        LocalDate day = date;
        UUID id = line.progress().goal().id();
        tasks.run(
                () -> service().contribute(id, day, amount, contributionNote.get()),
                contribution -> {
                    contributionAmount.set("");
                    contributionNote.set("");
                    status.set(messages.format("goals.contributed", format.format(contribution.amount()), line.name()));
                    refresh(id);
                },
                this::failed);
    }

    public void markAchieved() {
        change(Goals::markAchieved, "goals.achievedDone");
    }

    public void archive() {
        change(Goals::archive, "goals.archivedDone");
    }

    /** Makes the selected achieved or archived goal active again. */
    public void reactivate() {
        change(Goals::reactivate, "goals.reactivated");
    }

    public void delete() {
        GoalLine line = selected.get();
        if (line == null) {
            return;
        }
        tasks.run(
                () -> {
                    service().delete(line.progress().goal().id());
                    return line;
                },
                deleted -> {
                    select(null);
                    refresh(null, () -> status.set(messages.format("goals.deleted", deleted.name())));
                },
                this::failed);
    }

    private void change(java.util.function.BiFunction<Goals, UUID, Goal> action, String doneKey) {
        GoalLine line = selected.get();
        if (line == null) {
            return;
        }
        status.set("");
        tasks.run(
                () -> action.apply(service(), line.progress().goal().id()), goal -> done(goal, doneKey), this::failed);
    }

    private void done(Goal goal, String key) {
        selected.set(null);
        refresh(goal.id(), () -> {
            if (selected.get() == null) {
                form.load(goal, accounts);
            }
            status.set(messages.format(key, goal.name()));
        });
    }

    private Goals service() {
        return session.ledger().goals();
    }

    private GoalLine line(GoalProgress progress) {
        Goal goal = progress.goal();
        return new GoalLine(
                progress,
                goal.name(),
                messages.format(
                        "goals.savedOfTarget",
                        format.format(progress.saved()),
                        format.format(goal.target()),
                        progress.percent()),
                progress.fraction(),
                needed(progress),
                projected(progress),
                statusText(progress));
    }

    private String needed(GoalProgress progress) {
        if (progress.goal().targetDate() == null) {
            return messages.get("goals.noDate");
        }
        return progress.neededPerMonth()
                .filter(amount -> !progress.reached())
                .map(amount -> messages.format(
                        "goals.neededBy",
                        format.format(amount),
                        format.date(progress.goal().targetDate())))
                .orElse(messages.format("goals.by", format.date(progress.goal().targetDate())));
    }

    private String projected(GoalProgress progress) {
        if (progress.reached()) {
            return messages.get("goals.reached");
        }
        return progress.projectedCompletion()
                .map(day -> messages.format("goals.projected", format.date(day)))
                .orElse(messages.get("goals.noPace"));
    }

    private String statusText(GoalProgress progress) {
        GoalStatus state = progress.goal().status();
        if (state != GoalStatus.ACTIVE) {
            return messages.format(
                    "goals.status." + state.name().toLowerCase(Locale.ROOT),
                    format.date(progress.goal().statusOn()));
        }
        return progress.overdue() ? messages.get("goals.overdue") : "";
    }

    private void failed(Exception failure) {
        if (failure instanceof LedgerInputException refused) {
            form.show(refused);
        } else {
            form.showError(errors.describe(failure));
        }
    }

    /** How the funding choice reads. */
    public String fundingName(GoalFunding funding) {
        return messages.get("goals.funding." + funding.name());
    }

    public GoalForm form() {
        return form;
    }

    public ObservableList<GoalLine> goals() {
        return goals;
    }

    public ObservableList<Choice> accounts() {
        return accounts;
    }

    public ReadOnlyObjectProperty<GoalLine> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public StringProperty contributionAmountProperty() {
        return contributionAmount;
    }

    public StringProperty contributionDateProperty() {
        return contributionDate;
    }

    public StringProperty contributionNoteProperty() {
        return contributionNote;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
