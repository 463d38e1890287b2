package app.nestegg.desktop.security;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.MfaEnrollment;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Turning two-step unlock on: a new secret shown as a QR code and as text, then the first code from the authenticator
 * app to confirm it. Once confirmed, {@link #backupCodes()} holds the ten codes to show once.
 */
public final class MfaSetupViewModel {

    private final VaultSession session;
    private final Messages messages;
    private final ErrorMessages errors;
    private final TrackedTasks tasks;
    private final ReadOnlyStringWrapper otpauthUri = new ReadOnlyStringWrapper(this, "otpauthUri", "");
    private final ReadOnlyStringWrapper manualSecret = new ReadOnlyStringWrapper(this, "manualSecret", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final ReadOnlyBooleanWrapper confirmed = new ReadOnlyBooleanWrapper(this, "confirmed");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final BooleanBinding canConfirm;
    private MfaEnrollment enrollment;
    private List<String> backupCodes = List.of();

    public MfaSetupViewModel(VaultSession session, TaskExecutor executor, Messages messages) {
        this.session = session;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.tasks = new TrackedTasks(executor);
        this.canConfirm = started.and(confirmed.not())
                .and(tasks.busyProperty().not())
                .and(code.length().isEqualTo(6));
    }

    /** Creates the secret and the backup codes; two-step unlock stays off until {@link #confirm()}. */
    public void begin() {
        error.set("");
        String label = messages.get("mfa.accountLabel");
        tasks.run(() -> session.beginMfa(label), this::showEnrollment, failure -> error.set(errors.describe(failure)));
    }

    private void showEnrollment(MfaEnrollment newEnrollment) {
        discardEnrollment();
        enrollment = newEnrollment;
        otpauthUri.set(newEnrollment.otpauthUri());
        manualSecret.set(grouped(newEnrollment.manualEntrySecret()));
        started.set(true);
    }

    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        String typed = code.get();
        MfaEnrollment current = enrollment;
        error.set("");
        tasks.run(
                () -> {
                    session.confirmMfa(typed);
                    return current.backupCodes().stream().map(String::valueOf).toList();
                },
                codes -> {
                    backupCodes = codes;
                    discardEnrollment();
                    confirmed.set(true);
                },
                failure -> {
                    code.set("");
                    error.set(errors.describe(failure));
                });
    }

    /** Gives up a set-up that was never confirmed: the vault forgets the pending secret and backup codes too. */
    public void abandon() {
        discardEnrollment();
        if (started.get() && !confirmed.get()) {
            tasks.run(
                    () -> {
                        session.cancelMfaSetup();
                        return null;
                    },
                    ignored -> {},
                    failure -> error.set(errors.describe(failure)));
        }
    }

    /** Forgets the secret and codes held for display. */
    public void discardEnrollment() {
        if (enrollment != null) {
            enrollment.wipe();
            enrollment = null;
        }
        otpauthUri.set("");
        manualSecret.set("");
    }

    private static String grouped(char[] secret) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < secret.length; i++) {
            if (i > 0 && i % 4 == 0) {
                text.append(' ');
            }
            text.append(secret[i]);
        }
        return text.toString();
    }

    public List<String> backupCodes() {
        return backupCodes;
    }

    public ReadOnlyStringProperty otpauthUriProperty() {
        return otpauthUri.getReadOnlyProperty();
    }

    /** The secret in groups of four, for typing into an authenticator app by hand. */
    public ReadOnlyStringProperty manualSecretProperty() {
        return manualSecret.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
