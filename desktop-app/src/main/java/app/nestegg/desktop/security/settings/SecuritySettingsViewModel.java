package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.security.MfaSetupViewModel;
import app.nestegg.desktop.security.SecretsViewModel;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.AutoLock;
import app.nestegg.vault.CheckItem;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.AuditEvent;
import app.nestegg.vault.security.MfaState;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Security: two-step unlock on and off, backup codes (how many are left, new ones), the auto-lock delay,
 * the security checkup and the audit log. Changing the passphrase has its own {@link ChangePassphraseViewModel}.
 */
public final class SecuritySettingsViewModel {

    static final int AUDIT_LINES = 200;

    private final VaultSession session;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorMessages errors;
    private final TrackedTasks tasks;
    private final SecretsViewModel newCodes;
    private final ChangePassphraseViewModel changePassphrase;
    private final ReadOnlyObjectWrapper<MfaState> mfaState =
            new ReadOnlyObjectWrapper<>(this, "mfaState", MfaState.OFF);
    private final ReadOnlyIntegerWrapper backupCodesLeft = new ReadOnlyIntegerWrapper(this, "backupCodesLeft");
    private final ObjectProperty<Integer> autoLockMinutes = new SimpleObjectProperty<>(this, "autoLockMinutes", 15);
    private final StringProperty disableCode = new SimpleStringProperty(this, "disableCode", "");
    private final ReadOnlyObjectWrapper<MfaSetupViewModel> enrollment = new ReadOnlyObjectWrapper<>(this, "enrollment");
    private final ObservableList<CheckItem> checkup = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> audit = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public SecuritySettingsViewModel(VaultSession session, TaskExecutor executor, Messages messages) {
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.tasks = new TrackedTasks(executor);
        this.newCodes = new SecretsViewModel(tasks, messages);
        this.changePassphrase = new ChangePassphraseViewModel(session, executor, messages, this::refresh);
    }

    /** Reads everything the page shows, in the background. */
    public void refresh() {
        tasks.run(this::read, this::show, this::failed);
    }

    private Snapshot read() {
        return new Snapshot(
                session.mfaState(),
                session.backupCodesLeft(),
                session.autoLock().delay(),
                session.checkup(),
                session.audit(AUDIT_LINES));
    }

    private void show(Snapshot snapshot) {
        mfaState.set(snapshot.mfa());
        backupCodesLeft.set(snapshot.backupCodesLeft());
        autoLockMinutes.set((int) snapshot.autoLock().toMinutes());
        checkup.setAll(snapshot.checkup());
        audit.setAll(snapshot.audit().stream().map(this::row).toList());
    }

    private AuditRow row(AuditEvent event) {
        String kindKey = "audit." + event.kind().name();
        return new AuditRow(
                messages.dateTime(event.at()),
                messages.has(kindKey) ? messages.get(kindKey) : event.kind().name(),
                event.detail());
    }

    public void applyAutoLock() {
        Integer minutes = autoLockMinutes.get();
        if (minutes == null) {
            return;
        }
        Duration delay = Duration.ofMinutes(minutes);
        run(() -> session.setAutoLockDelay(delay), messages.format("security.autoLockSaved", minutes));
    }

    /** Starts turning two-step unlock on; the view shows {@link #enrollmentProperty()} until it is confirmed. */
    public void enableMfa() {
        MfaSetupViewModel setup = new MfaSetupViewModel(session, executor, messages);
        setup.confirmedProperty().addListener((observable, was, confirmed) -> {
            if (confirmed) {
                enrollment.set(null);
                newCodes.show("", setup.backupCodes());
                status.set(messages.get("security.mfaEnabled"));
                refresh();
            }
        });
        enrollment.set(setup);
        setup.begin();
    }

    public void cancelMfaSetup() {
        MfaSetupViewModel setup = enrollment.get();
        if (setup != null) {
            setup.abandon();
            enrollment.set(null);
            refresh();
        }
    }

    public void disableMfa() {
        String code = disableCode.get().strip();
        disableCode.set("");
        run(() -> session.disableMfa(code), messages.get("security.mfaDisabled"));
    }

    /** Replaces the backup codes, confirmed by the code typed in the code field (authenticator or backup code). */
    public void regenerateBackupCodes() {
        String code = disableCode.get().strip();
        disableCode.set("");
        status.set("");
        error.set("");
        tasks.run(
                () -> session.regenerateBackupCodes(code).stream()
                        .map(String::valueOf)
                        .toList(),
                codes -> {
                    newCodes.show("", codes);
                    status.set(messages.get("security.codesRegenerated"));
                    refresh();
                },
                this::failed);
    }

    /** Runs a change, then says {@code done} and reads the page again. */
    private void run(VaultAction action, String done) {
        status.set("");
        error.set("");
        tasks.run(
                () -> {
                    action.run();
                    return done;
                },
                message -> {
                    status.set(message);
                    refresh();
                },
                this::failed);
    }

    private void failed(Exception failure) {
        error.set(errors.describe(failure));
    }

    public ReadOnlyObjectProperty<MfaState> mfaStateProperty() {
        return mfaState.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty backupCodesLeftProperty() {
        return backupCodesLeft.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public int minAutoLockMinutes() {
        return (int) AutoLock.MIN_DELAY.toMinutes();
    }

    public int maxAutoLockMinutes() {
        return (int) AutoLock.MAX_DELAY.toMinutes();
    }

    public StringProperty disableCodeProperty() {
        return disableCode;
    }

    public ReadOnlyObjectProperty<MfaSetupViewModel> enrollmentProperty() {
        return enrollment.getReadOnlyProperty();
    }

    /** Backup codes just made (on enabling or regenerating), shown once. */
    public SecretsViewModel newCodes() {
        return newCodes;
    }

    public ChangePassphraseViewModel changePassphrase() {
        return changePassphrase;
    }

    public ObservableList<CheckItem> checkup() {
        return FXCollections.unmodifiableObservableList(checkup);
    }

    public ObservableList<AuditRow> audit() {
        return FXCollections.unmodifiableObservableList(audit);
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

    /** One line of the audit table, ready to show. */
    public record AuditRow(String time, String event, String detail) {}

    /** A vault call that returns nothing. */
    @FunctionalInterface
    private interface VaultAction {
        void run();
    }

    private record Snapshot(
            MfaState mfa, int backupCodesLeft, Duration autoLock, List<CheckItem> checkup, List<AuditEvent> audit) {}
}
