package app.nestegg.desktop.household;

import app.nestegg.desktop.concurrent.Debouncer;
import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.sync.FolderRound;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.store.ChangeLog;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While the vault is unlocked, watches the shared folder and runs a round there (off the JavaFX thread) once files have
 * stopped appearing or changing for the debouncer's pause, so another member's bundle is merged within seconds rather
 * than at the next five-minute job. This vault's own edits lead to a round too, after their own (longer) pause, so
 * they reach the folder without waiting for the job. {@link #rewatch()} follows a newly chosen or stopped folder;
 * {@link #close()} ends it at the lock.
 */
public final class HouseholdFolderWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdFolderWatch.class);

    private final SharedFolder folder;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Debouncer ownEdits;
    private final Consumer<FolderRound> afterRound;
    private AutoCloseable listening = () -> {};
    private WatchService watching;
    private boolean closed;

    public HouseholdFolderWatch(
            SharedFolder folder,
            TaskExecutor executor,
            Debouncer debouncer,
            Debouncer ownEdits,
            Consumer<FolderRound> afterRound) {
        this.folder = folder;
        this.executor = executor;
        this.debouncer = debouncer;
        this.ownEdits = ownEdits;
        this.afterRound = afterRound;
    }

    /** The watch of {@code session}'s shared folder, hearing of the session's own edits. */
    public static HouseholdFolderWatch of(
            VaultSession session,
            TaskExecutor executor,
            Debouncer debouncer,
            Debouncer ownEdits,
            Consumer<FolderRound> afterRound) {
        HouseholdFolderWatch watch = new HouseholdFolderWatch(
                new SharedFolder(session.household(), session.ledger().clock()),
                executor,
                debouncer,
                ownEdits,
                afterRound);
        watch.hearOwnChanges(session.ledger().changeLog());
        return watch;
    }

    /** Plans a round after the pause for own edits whenever this vault commits a change of its own. */
    void hearOwnChanges(ChangeLog log) {
        listening = log.onOwnChanges(() -> executor.onUiThread(() -> {
            if (!closed) {
                ownEdits.schedule(this::round);
            }
        }));
    }

    /** Reads which folder is set and watches it (or nothing); call on the JavaFX thread. */
    public void rewatch() {
        executor.execute(
                folder::folder, this::watch, failure -> LOG.warn("Shared folder not read: {}", failure.toString()));
    }

    private void watch(Optional<Path> chosen) {
        stopWatching();
        if (closed || chosen.isEmpty()) {
            return;
        }
        try {
            WatchService service = chosen.get().getFileSystem().newWatchService();
            chosen.get().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            watching = service;
            Thread thread = new Thread(() -> listen(service), "household-folder-watch");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException e) {
            LOG.warn(
                    "Shared folder {} not watched; the five-minute job still syncs it: {}", chosen.get(), e.toString());
        }
    }

    private void listen(WatchService service) {
        try {
            while (true) {
                WatchKey key = service.take();
                key.pollEvents();
                key.reset();
                executor.onUiThread(() -> debouncer.schedule(this::round));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed by rewatch or the lock: nothing more to watch
        }
    }

    private void round() {
        if (closed) {
            return;
        }
        executor.execute(
                () -> folder.folder().map(set -> folder.run()),
                round -> round.ifPresent(afterRound),
                failure -> LOG.warn("Shared folder round failed: {}", failure.toString()));
    }

    private void stopWatching() {
        if (watching != null) {
            try {
                watching.close();
            } catch (IOException e) {
                LOG.debug("Closing the folder watch: {}", e.toString());
            }
            watching = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        debouncer.cancel();
        ownEdits.cancel();
        try {
            listening.close();
        } catch (Exception e) {
            LOG.debug("Stopping to hear own changes: {}", e.toString());
        }
        stopWatching();
    }
}
