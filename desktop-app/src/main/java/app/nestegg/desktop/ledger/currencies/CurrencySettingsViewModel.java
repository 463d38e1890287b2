package app.nestegg.desktop.ledger.currencies;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Currencies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Currencies: the vault's base currency, which account totals and net worth are shown in, and dated
 * exchange rates typed by hand. The ledger checks both; its refusal is shown as it words it and nothing is stored.
 */
public final class CurrencySettingsViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final LedgerErrors errors;
    private final Clock clock;
    private final StringProperty baseCurrency = new SimpleStringProperty(this, "baseCurrency", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public CurrencySettingsViewModel(
            VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format, Clock clock) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
        this.clock = clock;
    }

    /** Reads the base currency; the rate form starts at today, into the base currency. */
    public void load() {
        tasks.run(
                () -> session.ledger().rates().baseCurrency(),
                base -> {
                    baseCurrency.set(base.getCurrencyCode());
                    to.set(base.getCurrencyCode());
                    date.set(format.date(LocalDate.now(clock)));
                },
                this::failed);
    }

    public void saveBaseCurrency() {
        String code = baseCurrency.get();
        tasks.run(
                () -> {
                    Currency currency = Currencies.of(code, "base currency");
                    session.ledger().rates().setBaseCurrency(currency);
                    return currency;
                },
                currency -> succeeded(messages.format("currencies.baseSaved", currency.getCurrencyCode())),
                this::failed);
    }

    public void recordRate() {
        Optional<BigDecimal> value = format.parseAmount(rate.get());
        if (value.isEmpty()) {
            error.set(messages.format("currencies.badRate", rate.get()));
            return;
        }
        Optional<LocalDate> day = format.parseDate(date.get());
        if (day.isEmpty()) {
            error.set(messages.format("currencies.badDate", date.get()));
            return;
        }
        String fromCode = from.get();
        String toCode = to.get();
        tasks.run(
                () -> {
                    Currency source = Currencies.of(fromCode, "from currency");
                    Currency target = Currencies.of(toCode, "to currency");
                    session.ledger().rates().set(source, target, day.get(), value.get());
                    return messages.format(
                            "currencies.rateSaved",
                            source.getCurrencyCode(),
                            format.decimal(value.get()),
                            target.getCurrencyCode(),
                            format.date(day.get()));
                },
                this::succeeded,
                this::failed);
    }

    private void succeeded(String message) {
        error.set("");
        status.set(message);
    }

    private void failed(Exception failure) {
        status.set("");
        error.set(errors.describe(failure));
    }

    public StringProperty baseCurrencyProperty() {
        return baseCurrency;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
