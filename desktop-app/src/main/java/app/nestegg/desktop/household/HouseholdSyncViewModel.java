package app.nestegg.desktop.household;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.merge.MergeConflict;
import app.nestegg.vault.household.merge.MergeRecord;
import app.nestegg.vault.household.merge.MergeResult;
import app.nestegg.vault.household.sync.ExportedBundle;
import app.nestegg.vault.household.sync.FolderRound;
import app.nestegg.vault.household.sync.FolderStatus;
import app.nestegg.vault.household.sync.HouseholdSync;
import app.nestegg.vault.household.sync.MergedBundle;
import app.nestegg.vault.household.sync.SharedFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The exchange half of the Household page: the shared folder (choose, status, sync now, stop), the manual exchange
 * (export a bundle; merge one after a confirmation, with a result card), the merge history with the conflicts of the
 * selected merge, and the state digest. Whatever merged something calls {@code afterMerge} so open pages read again;
 * choosing or stopping the folder calls {@code folderChanged} so the folder watch follows.
 */
public final class HouseholdSyncViewModel {

    private final VaultSession session;
    private final SharedFolder folder;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final HouseholdErrors errors;
    private final Runnable afterMerge;
    private final Runnable folderChanged;
    private final BooleanProperty everything = new SimpleBooleanProperty(this, "everything", false);
    private final ReadOnlyStringWrapper folderText = new ReadOnlyStringWrapper(this, "folder", "");
    private final ReadOnlyStringWrapper lastWritten = new ReadOnlyStringWrapper(this, "lastWritten", "");
    private final ReadOnlyStringWrapper digest = new ReadOnlyStringWrapper(this, "digest", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Path> pendingBundle = new ReadOnlyObjectWrapper<>(this, "pendingBundle");
    private final ReadOnlyObjectWrapper<MergeSummary> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanProperty hasFolder = new SimpleBooleanProperty(this, "hasFolder", false);
    private final ObservableList<String> lastMerged = FXCollections.observableArrayList();
    private final ObservableList<String> refused = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<String> conflicts = FXCollections.observableArrayList();

    public HouseholdSyncViewModel(
            VaultSession session,
            TaskExecutor executor,
            Messages messages,
            Runnable afterMerge,
            Runnable folderChanged) {
        this.session = session;
        this.folder = new SharedFolder(session.household(), session.ledger().clock());
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.errors = new HouseholdErrors(messages);
        this.afterMerge = afterMerge;
        this.folderChanged = folderChanged;
    }

    private record Loaded(FolderStatus folder, List<MergeRecord> history, String digest) {}

    public void refresh() {
        tasks.run(
                () -> new Loaded(
                        folder.status(),
                        sync().history().list(),
                        sync().digest().shortForm()),
                this::show,
                failure -> error.set(errors.describe(failure)));
    }

    private void show(Loaded loaded) {
        FolderStatus state = loaded.folder();
        hasFolder.set(state.folder().isPresent());
        folderText.set(state.folder()
                .map(path -> messages.format("household.folder.is", path))
                .orElse(messages.get("household.folder.none")));
        lastWritten.set(state.lastWrittenAt()
                .map(at -> messages.format(
                        "household.folder.lastWritten", state.lastWrittenFile().orElse(""), messages.dateTime(at)))
                .orElse(state.folder().isPresent() ? messages.get("household.folder.neverWritten") : ""));
        lastMerged.setAll(state.lastMergedPerMember().values().stream()
                .map(merge -> messages.format(
                        "household.folder.lastMerged", merge.authorName(), messages.dateTime(merge.mergedAt())))
                .sorted()
                .toList());
        refused.setAll(state.refused().stream()
                .map(file -> messages.format("household.folder.refused", file.name(), file.message()))
                .toList());
        history.setAll(loaded.history().stream()
                .map(merge -> new HistoryRow(
                        merge.id(),
                        messages.dateTime(merge.mergedAt()),
                        merge.authorName(),
                        merge.applied(),
                        merge.alreadySeen(),
                        merge.conflicts()))
                .toList());
        digest.set(loaded.digest());
    }

    /** Uses {@code chosen} as the shared folder and runs a first round there. */
    public void useFolder(Path chosen) {
        round(
                () -> {
                    folder.use(chosen);
                    return folder.run();
                },
                true);
    }

    /** Writes this vault's news to the folder and merges the others' bundles there. */
    public void syncNow() {
        round(folder::run, false);
    }

    private void round(Callable<FolderRound> work, boolean newFolder) {
        act(work, round -> {
            if (newFolder) {
                folderChanged.run();
            }
            if (round.mergedEntries() > 0) {
                afterMerge.run();
            }
            return messages.format(
                    "household.folder.round",
                    round.written().map(ExportedBundle::entries).orElse(0),
                    round.merged().size(),
                    round.mergedEntries());
        });
    }

    public void stopFolder() {
        act(
                () -> {
                    folder.stop();
                    return true;
                },
                stopped -> {
                    folderChanged.run();
                    return messages.get("household.folder.stopped");
                });
    }

    /** Writes a bundle of this vault's changes (all of them with {@link #everythingProperty()}) to {@code file}. */
    public void exportBundle(Path file) {
        boolean all = everything.get();
        act(
                () -> sync().exportBundle(file, all),
                exported -> exported.written()
                        ? messages.format("household.exported", exported.entries(), exported.file())
                        : messages.get("household.exportedNothing"));
    }

    /** Asks to confirm merging {@code file} ({@link #pendingBundleProperty()}): a bundle opened from outside the app. */
    public void askMerge(Path file) {
        result.set(null);
        pendingBundle.set(file);
    }

    public void confirmMerge() {
        Path file = pendingBundle.get();
        pendingBundle.set(null);
        if (file != null) {
            merge(file);
        }
    }

    public void cancelMerge() {
        pendingBundle.set(null);
    }

    /** Merges {@code file} and shows what it did, or why it was refused ({@link #resultProperty()}). */
    public void merge(Path file) {
        status.set("");
        error.set("");
        result.set(null);
        tasks.run(
                () -> summary(sync().merge(file)),
                summary -> {
                    result.set(summary);
                    afterMerge.run();
                    refresh();
                },
                failure -> result.set(new MergeSummary(
                        messages.format("household.mergeRefused", errors.describe(failure)), List.of(), true)));
    }

    private MergeSummary summary(MergedBundle merged) {
        if (merged.own()) {
            return new MergeSummary(messages.get("household.mergeOwn"), List.of(), false);
        }
        String author = session.ledger()
                .members()
                .member(merged.header().authorId())
                .map(member -> member.keys().name())
                .orElse("?");
        MergeResult done = merged.result().orElseThrow();
        return new MergeSummary(
                messages.format(
                        "household.merged",
                        author,
                        done.applied(),
                        done.alreadySeen(),
                        done.conflicts().size()),
                done.conflicts().stream().map(this::conflictLine).toList(),
                false);
    }

    private String conflictLine(MergeConflict conflict) {
        return messages.format("household.conflict", conflict.kind().name(), conflict.detail());
    }

    public void closeResult() {
        result.set(null);
    }

    /** Shows the conflicts of the selected merge. */
    public void select(HistoryRow row) {
        if (row == null) {
            conflicts.clear();
            return;
        }
        UUID id = row.mergeId();
        tasks.run(
                () -> sync().history().conflicts(id).stream()
                        .map(this::conflictLine)
                        .toList(),
                conflicts::setAll,
                failure -> error.set(errors.describe(failure)));
    }

    private <T> void act(Callable<T> work, Function<T, String> done) {
        status.set("");
        error.set("");
        tasks.run(
                work,
                value -> {
                    status.set(done.apply(value));
                    refresh();
                },
                failure -> {
                    error.set(errors.describe(failure));
                    refresh();
                });
    }

    private HouseholdSync sync() {
        return session.household();
    }

    public BooleanProperty everythingProperty() {
        return everything;
    }

    public BooleanProperty hasFolderProperty() {
        return hasFolder;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folderText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastWrittenProperty() {
        return lastWritten.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty digestProperty() {
        return digest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> pendingBundleProperty() {
        return pendingBundle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MergeSummary> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<String> lastMerged() {
        return lastMerged;
    }

    public ObservableList<String> refused() {
        return refused;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObservableList<String> conflicts() {
        return conflicts;
    }
}
