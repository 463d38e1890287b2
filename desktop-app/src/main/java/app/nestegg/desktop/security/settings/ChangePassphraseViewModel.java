package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.security.NewPassphraseForm;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.WrongCredentialsException;
import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Changing the passphrase: the current one, then a new strong one typed twice. */
public final class ChangePassphraseViewModel {

    private final VaultSession session;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Runnable onChanged;
    private final TrackedTasks tasks;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final NewPassphraseForm form;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canChange;

    public ChangePassphraseViewModel(
            VaultSession session, TaskExecutor executor, Messages messages, Runnable onChanged) {
        this.session = session;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onChanged = onChanged;
        this.tasks = new TrackedTasks(executor);
        this.form = new NewPassphraseForm(executor, messages);
        this.canChange = current.isNotEmpty()
                .and(form.validProperty())
                .and(tasks.busyProperty().not());
    }

    public void change() {
        if (!canChange.get()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] chosen = form.chars();
        current.set("");
        status.set("");
        error.set("");
        tasks.run(
                () -> {
                    try {
                        session.changePassphrase(old, chosen);
                        return null;
                    } finally {
                        Arrays.fill(old, '\0');
                        Arrays.fill(chosen, '\0');
                    }
                },
                ignored -> {
                    form.clear();
                    status.set(messages.get("security.passphraseChanged"));
                    onChanged.run();
                },
                failure -> error.set(
                        switch (failure) {
                            case WrongCredentialsException wrong -> errors.wrong("credential.currentPassphrase", wrong);
                            case LockedOutException locked -> errors.lockedOut(locked);
                            default -> errors.describe(failure);
                        }));
    }

    public StringProperty currentProperty() {
        return current;
    }

    public NewPassphraseForm form() {
        return form;
    }

    public BooleanBinding canChangeProperty() {
        return canChange;
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
