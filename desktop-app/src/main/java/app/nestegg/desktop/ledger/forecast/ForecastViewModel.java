package app.nestegg.desktop.ledger.forecast;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.sync.forecast.AccountForecast;
import app.nestegg.sync.forecast.CashFlowForecast;
import app.nestegg.sync.forecast.CashFlowForecaster;
import app.nestegg.sync.forecast.DayBalance;
import app.nestegg.sync.forecast.ForecastWarning;
import app.nestegg.sync.forecast.PlannedItems;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Forecast page: the cash-flow forecast of the next {@value CashFlowForecaster#DEFAULT_DAYS} days, shown as one
 * line — the total of every account in the base currency, or one chosen account — with its lowest day, and the
 * warnings of every account (a projected overdraft or credit-limit breach).
 */
public final class ForecastViewModel {

    /** The choice that shows the total of every account. */
    public static final UUID TOTAL = new UUID(0, 0);

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final Clock clock;
    private final LedgerErrors errors;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObservableList<DayBalance> line = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lowest = new ReadOnlyStringWrapper(this, "lowest", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private CashFlowForecast forecast;

    public ForecastViewModel(
            VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format, Clock clock) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.clock = clock;
        this.errors = new LedgerErrors(messages);
        chosen.addListener((observable, old, choice) -> showChosen());
    }

    /** Computes the forecast again from the vault as it is now. */
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        tasks.run(
                () -> {
                    Ledger ledger = session.ledger();
                    return new CashFlowForecaster(ledger, PlannedItems.of(ledger))
                            .forecast(today, CashFlowForecaster.DEFAULT_DAYS, Optional.empty());
                },
                this::show,
                failure -> error.set(errors.describe(failure)));
    }

    private void show(CashFlowForecast loaded) {
        error.set("");
        forecast = loaded;
        List<Choice> all = new ArrayList<>();
        all.add(new Choice(TOTAL, messages.get("forecast.total")));
        loaded.accounts()
                .forEach(a -> all.add(new Choice(a.account().id(), a.account().name())));
        UUID keep = chosen.get() == null ? TOTAL : chosen.get().id();
        choices.setAll(all);
        warnings.setAll(loaded.warnings().stream().map(this::warningText).toList());
        note.set(
                loaded.outOfTotal().isEmpty()
                        ? ""
                        : messages.format("forecast.outOfTotal", String.join(", ", loaded.outOfTotal())));
        Choice next = all.stream().filter(c -> c.id().equals(keep)).findFirst().orElse(all.getFirst());
        if (next.equals(chosen.get())) {
            showChosen();
        } else {
            chosen.set(next);
        }
    }

    private void showChosen() {
        Choice choice = chosen.get();
        if (forecast == null || choice == null) {
            line.clear();
            lowest.set("");
            return;
        }
        List<DayBalance> days = choice.id().equals(TOTAL)
                ? forecast.total()
                : forecast.accounts().stream()
                        .filter(a -> a.account().id().equals(choice.id()))
                        .findFirst()
                        .map(AccountForecast::days)
                        .orElse(List.of());
        line.setAll(days);
        if (forecast.accounts().isEmpty()) {
            lowest.set(messages.get("forecast.none"));
            return;
        }
        days.stream()
                .min(Comparator.comparing(DayBalance::balance))
                .ifPresent(low -> lowest.set(
                        messages.format("forecast.lowest", format.format(low.balance()), format.date(low.date()))));
    }

    private String warningText(ForecastWarning warning) {
        return switch (warning.kind()) {
            case OVERDRAFT ->
                messages.format(
                        "forecast.warning.overdraft",
                        warning.accountName(),
                        format.date(warning.date()),
                        format.format(warning.projected()));
            case CREDIT_LIMIT ->
                messages.format(
                        "forecast.warning.creditLimit",
                        warning.accountName(),
                        format.date(warning.date()),
                        format.format(warning.projected().negate()),
                        format.format(warning.limit()));
        };
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> chosenProperty() {
        return chosen;
    }

    /** The chosen line's end-of-day balances, today first. */
    public ObservableList<DayBalance> line() {
        return line;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty lowestProperty() {
        return lowest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
