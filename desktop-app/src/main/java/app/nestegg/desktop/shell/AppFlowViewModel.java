package app.nestegg.desktop.shell;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.store.BackupFile;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which screen the window shows and the unlocked session, if any: the wizard when there is no vault, the unlock screen
 * when it is locked, the terms when a newer version needs accepting, and the shell once unlocked. Also locks the vault
 * on request, on the shortcut and after the auto-lock delay. Entering the shell takes the daily backup when one is due.
 */
public final class AppFlowViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AppFlowViewModel.class);

    /** The window's screens. */
    public enum Screen {
        STARTING,
        PROBLEM,
        WIZARD,
        UNLOCK,
        TERMS,
        SHELL
    }

    private final VaultService service;
    private final Path folder;
    private final ErrorMessages errors;
    private final TaskExecutor executor;
    private final TrackedTasks tasks;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.STARTING);
    private final ReadOnlyObjectWrapper<VaultSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public AppFlowViewModel(VaultService service, Path folder, TaskExecutor executor, Messages messages) {
        this.service = service;
        this.folder = folder;
        this.errors = new ErrorMessages(messages);
        this.executor = executor;
        this.tasks = new TrackedTasks(executor);
    }

    /** Looks for the vault: the wizard if there is none, else the unlock screen. */
    public void start() {
        screen.set(Screen.STARTING);
        tasks.run(
                () -> service.status(folder).exists(),
                exists -> screen.set(exists ? Screen.UNLOCK : Screen.WIZARD),
                this::fail);
    }

    /** The unlock screen succeeded: the terms first if a newer version needs accepting, else the shell. */
    public void unlocked(VaultSession unlocked) {
        session.set(unlocked);
        notice.set("");
        tasks.run(
                unlocked::termsAcceptanceRequired,
                required -> {
                    if (required) {
                        screen.set(Screen.TERMS);
                    } else {
                        enterShell(unlocked);
                    }
                },
                this::fail);
    }

    /** The wizard made a vault (its terms are accepted): straight to the shell. */
    public void created(VaultSession created) {
        session.set(created);
        notice.set("");
        enterShell(created);
    }

    public void acceptTerms() {
        VaultSession current = session.get();
        if (current == null) {
            return;
        }
        tasks.run(
                () -> {
                    current.acceptTerms();
                    return null;
                },
                ignored -> enterShell(current),
                this::fail);
    }

    private void enterShell(VaultSession current) {
        screen.set(Screen.SHELL);
        takeDailyBackupIfDue(current);
    }

    /**
     * Queued behind the unlock on the one worker thread, so the window opens first. Not tracked: nothing waits for it,
     * and a failure is only logged, as the command line's daily backup is.
     */
    private void takeDailyBackupIfDue(VaultSession current) {
        executor.execute(
                () -> current.isLocked()
                        ? Optional.<BackupFile>empty()
                        : current.backups().dailyIfDue(),
                taken -> taken.ifPresent(backup -> LOG.info("Daily backup taken: {}", backup.name())),
                failure -> LOG.warn("The daily backup could not be taken: {}", failure.getMessage()));
    }

    /** Hides everything at once and locks the vault in the background; does nothing while locked. */
    public void lock() {
        VaultSession current = session.get();
        if (current == null) {
            return;
        }
        session.set(null);
        screen.set(Screen.UNLOCK);
        tasks.run(
                () -> {
                    current.lock();
                    return null;
                },
                ignored -> LOG.debug("Locked"),
                this::fail);
    }

    /** A backup was restored, which locked the session: back to the unlock screen, which shows {@code message}. */
    public void restored(String message) {
        notice.set(message);
        lock();
    }

    /** The app is closing: locks the vault without changing screens. */
    public void shutdown() {
        VaultSession current = session.get();
        session.set(null);
        if (current != null) {
            tasks.run(
                    () -> {
                        current.lock();
                        return null;
                    },
                    ignored -> {},
                    failure -> LOG.warn("Could not lock the vault on exit", failure));
        }
    }

    /** The vault was deleted: back to the wizard. */
    public void erased() {
        session.set(null);
        screen.set(Screen.WIZARD);
    }

    /** A key press or mouse action: postpones the auto-lock. Cheap enough for every input event. */
    public void userActivity() {
        VaultSession current = session.get();
        if (current != null) {
            current.autoLock().activity();
        }
    }

    /** Locks when nothing happened for the auto-lock delay; called every few seconds. */
    public void checkAutoLock() {
        VaultSession current = session.get();
        if (current != null && current.autoLock().due()) {
            LOG.info("Locking after {} without activity", current.autoLock().delay());
            lock();
        }
    }

    private void fail(Exception failure) {
        problem.set(errors.describe(failure));
        screen.set(Screen.PROBLEM);
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VaultSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Empty, or what the unlock screen tells first (after a restore). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
