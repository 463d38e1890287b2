package app.nestegg.desktop.ledger.recurring;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.recurring.Cadence;
import app.nestegg.vault.ledger.recurring.Confirmation;
import app.nestegg.vault.ledger.recurring.EntryMode;
import app.nestegg.vault.ledger.recurring.ExpectedItem;
import app.nestegg.vault.ledger.recurring.Recurring;
import app.nestegg.vault.ledger.recurring.RecurringSeries;
import app.nestegg.vault.ledger.recurring.ScheduledTransaction;
import app.nestegg.vault.ledger.recurring.SeriesState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Bills & subscriptions page: detected series to confirm (with an edited amount, first day and mode) or dismiss,
 * the scheduled transactions, and the days due in the next 30 days, those waiting for the person with enter and skip.
 * Each action reads the lists again.
 */
public final class BillsViewModel {

    static final int UPCOMING_DAYS = 30;

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final LedgerErrors errors;
    private final ObservableList<BillLine> detected = FXCollections.observableArrayList();
    private final ObservableList<BillLine> scheduled = FXCollections.observableArrayList();
    private final ObservableList<UpcomingLine> upcoming = FXCollections.observableArrayList();
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty firstDue = new SimpleStringProperty(this, "firstDue", "");
    private final BooleanProperty auto = new SimpleBooleanProperty(this, "auto", false);
    private final BooleanProperty posts = new SimpleBooleanProperty(this, "posts", true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean loading;

    public BillsViewModel(VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
        posts.addListener((observable, old, on) -> {
            if (!loading) {
                act(
                        () -> {
                            recurring().setPostsScheduled(on);
                            return null;
                        },
                        done -> messages.get(on ? "bills.postsOn" : "bills.postsOff"));
            }
        });
    }

    private record Loaded(
            List<RecurringSeries> series,
            List<ScheduledTransaction> scheduled,
            List<ExpectedItem> upcoming,
            boolean posts) {}

    public void refresh() {
        refresh(() -> {});
    }

    private void refresh(Runnable after) {
        tasks.run(
                () -> new Loaded(
                        recurring().series(false),
                        recurring().scheduled().list(),
                        recurring().scheduled().dueWithin(UPCOMING_DAYS),
                        recurring().postsScheduled()),
                loaded -> {
                    detected.setAll(loaded.series().stream()
                            .filter(s -> s.state() == SeriesState.DETECTED)
                            .map(this::line)
                            .toList());
                    scheduled.setAll(loaded.scheduled().stream().map(this::line).toList());
                    upcoming.setAll(loaded.upcoming().stream()
                            .map(item -> upcomingLine(item, loaded.scheduled()))
                            .toList());
                    loading = true;
                    posts.set(loaded.posts());
                    loading = false;
                    after.run();
                },
                failure -> error.set(errors.describe(failure)));
    }

    /** Puts the series' figures into the confirmation fields, for editing before {@link #confirm}. */
    public void edit(BillLine line) {
        amount.set(line == null ? "" : line.amount());
        firstDue.set("");
        error.set("");
    }

    /** Schedules the series with the typed amount and first day (blank keeps what was detected). */
    public void confirm(BillLine line) {
        if (line == null) {
            return;
        }
        BigDecimal size = null;
        if (!amount.get().isBlank()) {
            size = format.parseAmount(amount.get()).orElse(null);
            if (size == null) {
                error.set(messages.format("ledger.badAmount", amount.get()));
                return;
            }
        }
        LocalDate first = null;
        if (!firstDue.get().isBlank()) {
            first = format.parseDate(firstDue.get()).orElse(null);
            if (first == null) {
                error.set(messages.format("bills.badDate", firstDue.get()));
                return;
            }
        }
        Confirmation confirmation =
                new Confirmation(size, first, null, null, auto.get() ? EntryMode.AUTO : EntryMode.APPROVE);
        act(() -> recurring().confirm(line.id(), confirmation), s -> messages.format("bills.confirmed", s.payee()));
    }

    public void dismiss(BillLine line) {
        if (line != null) {
            act(() -> recurring().dismiss(line.id()), s -> messages.format("bills.dismissed", s.payee()));
        }
    }

    /** Enters the scheduled transaction's next due day. */
    public void enter(UpcomingLine line) {
        if (line != null) {
            act(
                    () -> recurring().scheduled().enter(line.scheduledId()),
                    day -> messages.format("bills.entered", format.date(day)));
        }
    }

    public void skip(UpcomingLine line) {
        if (line != null) {
            act(
                    () -> recurring().scheduled().skip(line.scheduledId()),
                    day -> messages.format("bills.skipped", format.date(day)));
        }
    }

    private <T> void act(Callable<T> work, Function<T, String> said) {
        status.set("");
        error.set("");
        tasks.run(
                work,
                result -> refresh(() -> status.set(said.apply(result))),
                failure -> error.set(errors.describe(failure)));
    }

    private Recurring recurring() {
        return session.ledger().recurring();
    }

    private BillLine line(RecurringSeries s) {
        return new BillLine(
                s.id(),
                s.payee(),
                messages.format(
                        "bills.detectedDetail",
                        format.format(s.nextAmount()),
                        cadence(s.cadence()),
                        format.date(s.nextDate()),
                        s.occurrences()),
                s.nextAmount().toDecimal().abs().toPlainString());
    }

    private BillLine line(ScheduledTransaction s) {
        return new BillLine(
                s.id(),
                s.payee(),
                messages.format(
                        "bills.scheduledDetail",
                        format.format(s.amount()),
                        cadence(s.cadence()),
                        format.date(s.nextDue()),
                        messages.get("bills.mode." + s.mode().name().toLowerCase(Locale.ROOT))),
                s.amount().toDecimal().abs().toPlainString());
    }

    private UpcomingLine upcomingLine(ExpectedItem item, List<ScheduledTransaction> all) {
        boolean waits = all.stream().anyMatch(s -> s.id().equals(item.scheduledId()) && s.mode() == EntryMode.APPROVE);
        return new UpcomingLine(
                item.scheduledId(),
                messages.format(
                        "bills.upcomingDetail", format.date(item.date()), item.payee(), format.format(item.amount())),
                waits);
    }

    private String cadence(Cadence cadence) {
        return messages.get("bills.cadence." + cadence.name().toLowerCase(Locale.ROOT));
    }

    public ObservableList<BillLine> detected() {
        return detected;
    }

    public ObservableList<BillLine> scheduled() {
        return scheduled;
    }

    public ObservableList<UpcomingLine> upcoming() {
        return upcoming;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty firstDueProperty() {
        return firstDue;
    }

    public BooleanProperty autoProperty() {
        return auto;
    }

    /** Whether this computer's vault enters due scheduled transactions. */
    public BooleanProperty postsProperty() {
        return posts;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
