package app.nestegg.desktop.shell;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import java.nio.file.Path;
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
 * on request, on the shortcut and after the auto-lock delay.
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
    private final TrackedTasks tasks;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.STARTING);
    private final ReadOnlyObjectWrapper<VaultSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public AppFlowViewModel(VaultService service, Path folder, TaskExecutor executor, Messages messages) {
        this.service = service;
        this.folder = folder;
        this.errors = new ErrorMessages(messages);
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
        tasks.run(
                unlocked::termsAcceptanceRequired,
                required -> screen.set(required ? Screen.TERMS : Screen.SHELL),
                this::fail);
    }

    /** The wizard made a vault (its terms are accepted): straight to the shell. */
    public void created(VaultSession created) {
        session.set(created);
        screen.set(Screen.SHELL);
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
                ignored -> screen.set(Screen.SHELL),
                this::fail);
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

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
