package app.nestegg.desktop.ledger.invest;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.ledger.invest.QuoteSourceKind;
import app.nestegg.vault.ledger.invest.QuoteSourceSettings.Choice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The quote source section of Settings: which source the price-update job asks (none, HTTP with a base URL, CSV with
 * a file path). Loads the choice in effect (environment variables included) and saves a new one once it is checked;
 * a refused choice names what is wrong and stores nothing.
 */
public final class QuoteSourceViewModel {

    private final QuoteSetup setup;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final LedgerErrors errors;
    private final ObjectProperty<QuoteSourceKind> kind = new SimpleObjectProperty<>(this, "kind", QuoteSourceKind.NONE);
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public QuoteSourceViewModel(QuoteSetup setup, TaskExecutor executor, Messages messages) {
        this.setup = setup;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.errors = new LedgerErrors(messages);
    }

    public void load() {
        tasks.run(setup::effective, this::show, this::failed);
    }

    public void save() {
        QuoteSourceKind chosen = kind.get();
        String where = chosen == QuoteSourceKind.NONE ? "" : location.get();
        status.set("");
        error.set("");
        tasks.run(
                () -> {
                    Choice choice = new Choice(chosen, where);
                    setup.save(choice);
                    return choice;
                },
                choice -> status.set(messages.get("quotes.saved")),
                this::failed);
    }

    private void show(Choice choice) {
        kind.set(choice.kind());
        location.set(choice.location());
    }

    private void failed(Exception failure) {
        status.set("");
        error.set(failure instanceof IllegalArgumentException ? failure.getMessage() : errors.describe(failure));
    }

    public ObjectProperty<QuoteSourceKind> kindProperty() {
        return kind;
    }

    public StringProperty locationProperty() {
        return location;
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
