package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.WrongCredentialsException;
import app.nestegg.vault.security.MfaState;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Delete vault: the passphrase, a code when two-step unlock is on, the "I understand" box and the typed
 * confirmation word; then the vault, its backups and logs are erased for good.
 */
public final class DeleteVaultViewModel {

    private final VaultSession session;
    private final ErrorMessages errors;
    private final Runnable onErased;
    private final TrackedTasks tasks;
    private final String confirmationWord;
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final BooleanProperty useBackupCode = new SimpleBooleanProperty(this, "useBackupCode");
    private final BooleanProperty understood = new SimpleBooleanProperty(this, "understood");
    private final StringProperty typedWord = new SimpleStringProperty(this, "typedWord", "");
    private final ReadOnlyBooleanWrapper mfaActive = new ReadOnlyBooleanWrapper(this, "mfaActive");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canDelete;

    public DeleteVaultViewModel(VaultSession session, TaskExecutor executor, Messages messages, Runnable onErased) {
        this.session = session;
        this.errors = new ErrorMessages(messages);
        this.onErased = onErased;
        this.tasks = new TrackedTasks(executor);
        this.confirmationWord = messages.get("delete.word");
        BooleanBinding wordTyped = Bindings.createBooleanBinding(
                () -> typedWord
                        .get()
                        .strip()
                        .toUpperCase(Locale.ROOT)
                        .equals(confirmationWord.toUpperCase(Locale.ROOT)),
                typedWord);
        this.canDelete = passphrase
                .isNotEmpty()
                .and(mfaActive.not().or(code.isNotEmpty()))
                .and(understood)
                .and(wordTyped)
                .and(tasks.busyProperty().not());
    }

    /** Reads whether a code is needed. */
    public void load() {
        tasks.run(session::mfaState, state -> mfaActive.set(state == MfaState.ACTIVE), this::failed);
    }

    public void delete() {
        if (!canDelete.get()) {
            return;
        }
        char[] chars = passphrase.get().toCharArray();
        SecondFactor factor = !mfaActive.get()
                ? SecondFactor.none()
                : useBackupCode.get()
                        ? SecondFactor.backupCode(code.get().strip())
                        : SecondFactor.authenticatorCode(code.get().strip());
        passphrase.set("");
        code.set("");
        error.set("");
        tasks.run(
                () -> {
                    try {
                        session.erase(chars, factor);
                        return null;
                    } finally {
                        Arrays.fill(chars, '\0');
                    }
                },
                ignored -> onErased.run(),
                this::failed);
    }

    private void failed(Exception failure) {
        error.set(
                switch (failure) {
                    case WrongCredentialsException wrong -> errors.wrong("credential.passphrase", wrong);
                    case LockedOutException locked -> errors.lockedOut(locked);
                    default -> errors.describe(failure);
                });
    }

    public String confirmationWord() {
        return confirmationWord;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public BooleanProperty useBackupCodeProperty() {
        return useBackupCode;
    }

    public BooleanProperty understoodProperty() {
        return understood;
    }

    public StringProperty typedWordProperty() {
        return typedWord;
    }

    public ReadOnlyBooleanProperty mfaActiveProperty() {
        return mfaActive.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
