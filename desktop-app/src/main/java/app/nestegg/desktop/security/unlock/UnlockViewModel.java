package app.nestegg.desktop.security.unlock;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.UnlockAttempt;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.VaultStatus;
import app.nestegg.vault.WrongCredentialsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Unlocking: the passphrase first (the key derivation takes about a second), then, with two-step unlock on, a 6-digit
 * authenticator code or a backup code. Wrong entries say how many attempts are left; the fifth locks the vault and a
 * countdown shows until when.
 */
public final class UnlockViewModel {

    /** Which secret the screen asks for. */
    public enum Step {
        PASSPHRASE,
        SECOND_FACTOR
    }

    private final VaultService service;
    private final Path folder;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Consumer<VaultSession> onUnlocked;
    private final TrackedTasks tasks;
    private final Lockout lockout;
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty backupCode = new SimpleStringProperty(this, "backupCode", "");
    private final BooleanProperty useBackupCode = new SimpleBooleanProperty(this, "useBackupCode");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.PASSPHRASE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canUnlock;
    private final BooleanBinding canVerify;
    private UnlockAttempt attempt;

    public UnlockViewModel(
            VaultService service,
            Path folder,
            TaskExecutor executor,
            Messages messages,
            Consumer<VaultSession> onUnlocked) {
        this.service = service;
        this.folder = folder;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onUnlocked = onUnlocked;
        this.tasks = new TrackedTasks(executor);
        Clock clock = service.environment().clock();
        this.lockout = new Lockout(clock, messages);
        BooleanBinding idle =
                tasks.busyProperty().not().and(lockout.activeProperty().not());
        this.canUnlock = idle.and(step.isEqualTo(Step.PASSPHRASE)).and(passphrase.isNotEmpty());
        BooleanBinding codeReady = Bindings.when(useBackupCode)
                .then(backupCode.isNotEmpty())
                .otherwise(code.length().isEqualTo(6));
        this.canVerify = idle.and(step.isEqualTo(Step.SECOND_FACTOR)).and(codeReady);
    }

    /** Shows a lockout that is already running (from an earlier session) before anything is typed. */
    public void checkStatus() {
        tasks.run(() -> service.status(folder), this::showStatus, failure -> error.set(errors.describe(failure)));
    }

    private void showStatus(VaultStatus status) {
        status.lockedUntil().ifPresent(lockout::start);
    }

    public void unlock() {
        if (!canUnlock.get()) {
            return;
        }
        char[] chars = passphrase.get().toCharArray();
        passphrase.set("");
        error.set("");
        tasks.run(
                () -> {
                    try {
                        return openAttempt(chars);
                    } finally {
                        Arrays.fill(chars, '\0');
                    }
                },
                this::passphraseAccepted,
                failure -> failed(failure, "credential.passphrase"));
    }

    /** In the background: the passphrase check and, with two-step unlock off, the whole unlock. */
    private Opened openAttempt(char[] chars) {
        UnlockAttempt opened = service.unlock(folder, chars);
        if (opened.secondFactorRequired()) {
            return new Opened(opened, null);
        }
        return new Opened(null, opened.complete(SecondFactor.none()));
    }

    private void passphraseAccepted(Opened opened) {
        if (opened.session() != null) {
            onUnlocked.accept(opened.session());
            return;
        }
        attempt = opened.attempt();
        code.set("");
        backupCode.set("");
        useBackupCode.set(false);
        step.set(Step.SECOND_FACTOR);
    }

    public void verifyCode() {
        if (!canVerify.get()) {
            return;
        }
        boolean backup = useBackupCode.get();
        SecondFactor factor =
                backup ? SecondFactor.backupCode(backupCode.get().strip()) : SecondFactor.authenticatorCode(code.get());
        UnlockAttempt current = attempt;
        code.set("");
        backupCode.set("");
        error.set("");
        tasks.run(
                () -> current.complete(factor),
                session -> {
                    attempt = null;
                    onUnlocked.accept(session);
                },
                failure -> failed(failure, backup ? "credential.backupCode" : "credential.code"));
    }

    /** Gives up on the code step and asks for the passphrase again. */
    public void startOver() {
        closeAttempt();
        error.set("");
        step.set(Step.PASSPHRASE);
    }

    private void failed(Exception failure, String whatKey) {
        switch (failure) {
            case WrongCredentialsException wrong -> error.set(errors.wrong(whatKey, wrong));
            case LockedOutException locked -> {
                // The vault closed the attempt itself.
                attempt = null;
                step.set(Step.PASSPHRASE);
                error.set("");
                lockout.start(locked.lockedUntil());
            }
            default -> error.set(errors.describe(failure));
        }
    }

    /** Called every second by the view while the lockout runs. */
    public void tick() {
        lockout.tick();
    }

    /** Leaves the screen: an unfinished attempt is closed in the background. */
    public void dispose() {
        closeAttempt();
    }

    private void closeAttempt() {
        UnlockAttempt current = attempt;
        attempt = null;
        if (current != null) {
            tasks.run(
                    () -> {
                        current.close();
                        return null;
                    },
                    ignored -> {},
                    failure -> error.set(errors.describe(failure)));
        }
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    /** The six digits of the authenticator code. */
    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty backupCodeProperty() {
        return backupCode;
    }

    public BooleanProperty useBackupCodeProperty() {
        return useBackupCode;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Lockout lockout() {
        return lockout;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }

    public BooleanBinding canVerifyProperty() {
        return canVerify;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** What the passphrase step produced: an attempt waiting for a code, or a session. */
    private record Opened(UnlockAttempt attempt, VaultSession session) {}
}
