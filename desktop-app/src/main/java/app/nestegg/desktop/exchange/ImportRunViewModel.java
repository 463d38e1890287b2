package app.nestegg.desktop.exchange;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.exchange.imports.ImportPlan;
import app.nestegg.vault.exchange.imports.ImportResult;
import app.nestegg.vault.exchange.imports.StatementImporter;
import app.nestegg.vault.store.BackupKind;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The import step: commits a plan on the background thread, after a backup when the import is bulk, with its progress
 * brought back to the JavaFX thread and a cancel that makes the commit roll back.
 */
public final class ImportRunViewModel {

    /** Before committing a bulk import ({@link StatementImporter#isBulk}); runs on the background thread. */
    @FunctionalInterface
    public interface BeforeBulkImport {

        /** The app's: a before-import backup, as the command line's import takes; if it fails, nothing is imported. */
        BeforeBulkImport TAKE_BACKUP = session -> session.backups().create(BackupKind.BEFORE_IMPORT);

        void run(VaultSession session);
    }

    private final VaultSession session;
    private final TaskExecutor executor;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final BeforeBulkImport beforeBulkImport;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private AtomicBoolean cancelled = new AtomicBoolean();

    ImportRunViewModel(
            VaultSession session,
            TaskExecutor executor,
            TrackedTasks tasks,
            Messages messages,
            BeforeBulkImport beforeBulkImport) {
        this.session = session;
        this.executor = executor;
        this.tasks = tasks;
        this.messages = messages;
        this.beforeBulkImport = beforeBulkImport;
    }

    /** Commits {@code plan}; exactly one of the callbacks runs when it has finished, failed or been cancelled. */
    void start(ImportPlan plan, Consumer<ImportResult> onImported, Consumer<Exception> onFailed) {
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        cancelling.set(false);
        progress.set(-1);
        progressText.set(messages.format("import.progress", 0, plan.includedCount()));
        boolean bulk = StatementImporter.isBulk(plan);
        tasks.run(
                () -> {
                    if (bulk) {
                        beforeBulkImport.run(session);
                    }
                    return new StatementImporter(session.ledger())
                            .commit(
                                    plan,
                                    (done, total) -> executor.onUiThread(() -> progressed(stop, done, total)),
                                    stop::get);
                },
                result -> {
                    running.set(false);
                    progress.set(1);
                    onImported.accept(result);
                },
                failure -> {
                    running.set(false);
                    onFailed.accept(failure);
                });
    }

    private void progressed(AtomicBoolean run, long done, long total) {
        if (run != cancelled || !running.get()) {
            return;
        }
        progress.set(total == 0 ? 1 : (double) done / total);
        progressText.set(messages.format("import.progress", done, total));
    }

    /** Asks the running commit to stop; it rolls back, so nothing of the file is written. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            cancelling.set(true);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 until the first batch is written. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "5,000 of 6,000 transactions written". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
