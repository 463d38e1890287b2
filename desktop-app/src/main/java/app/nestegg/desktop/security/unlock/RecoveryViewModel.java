package app.nestegg.desktop.security.unlock;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.security.NewPassphraseForm;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.WrongCredentialsException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Forgot your passphrase?": the recovery key from the first-run wizard sets a new passphrase and unlocks. Wrong keys
 * count towards the lockout like wrong passphrases; two-step unlock, if on, stays on for the next unlock.
 */
public final class RecoveryViewModel {

    private final VaultService service;
    private final Path folder;
    private final ErrorMessages errors;
    private final Consumer<VaultSession> onUnlocked;
    private final TrackedTasks tasks;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StringProperty recoveryKey = new SimpleStringProperty(this, "recoveryKey", "");
    private final NewPassphraseForm form;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canRecover;

    public RecoveryViewModel(
            VaultService service,
            Path folder,
            TaskExecutor executor,
            Messages messages,
            Consumer<VaultSession> onUnlocked) {
        this.service = service;
        this.folder = folder;
        this.errors = new ErrorMessages(messages);
        this.onUnlocked = onUnlocked;
        this.tasks = new TrackedTasks(executor);
        this.form = new NewPassphraseForm(executor, messages);
        this.canRecover = recoveryKey
                .isNotEmpty()
                .and(form.validProperty())
                .and(tasks.busyProperty().not());
    }

    public void recover() {
        if (!canRecover.get()) {
            return;
        }
        char[] key = recoveryKey.get().strip().toCharArray();
        char[] chosen = form.chars();
        recoveryKey.set("");
        error.set("");
        tasks.run(
                () -> {
                    try {
                        return service.recover(folder, key, chosen);
                    } finally {
                        Arrays.fill(key, '\0');
                        Arrays.fill(chosen, '\0');
                    }
                },
                session -> {
                    form.clear();
                    onUnlocked.accept(session);
                },
                failure -> error.set(
                        switch (failure) {
                            case WrongCredentialsException wrong -> errors.wrong("credential.recoveryKey", wrong);
                            case LockedOutException locked -> errors.lockedOut(locked);
                            default -> errors.describe(failure);
                        }));
    }

    /** Leaves recovery and forgets what was typed. */
    public void cancel() {
        recoveryKey.set("");
        form.clear();
        error.set("");
        active.set(false);
    }

    /** Whether the screen shows recovery instead of the passphrase. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public NewPassphraseForm form() {
        return form;
    }

    public BooleanBinding canRecoverProperty() {
        return canRecover;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
