package app.nestegg.desktop.exchange.data;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.BadInputException;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.exchange.export.ExportException;
import app.nestegg.vault.exchange.export.ExportProgress;
import app.nestegg.vault.exchange.export.ExportSummary;
import app.nestegg.vault.security.Wipe;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Data: an export of the ledger (a zip, or an age file with a passphrase typed twice), the vault's backups
 * newest first, a backup now, and a restore after an explicit confirmation. A restore ends the session locked, so
 * {@code onRestored} takes the app back to the unlock screen with the text to show there.
 */
public final class DataSettingsViewModel {

    /** The export passphrase's only rule: scrypt makes guessing slow, length makes it hopeless. */
    public static final int MIN_EXPORT_PASSPHRASE = 12;

    private final VaultSession session;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Clock clock;
    private final Consumer<String> onRestored;
    private final TrackedTasks tasks;
    private final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final StringBinding passphraseProblem;
    private final BooleanBinding canExport;
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper(this, "exportStatus", "");
    private final ReadOnlyStringWrapper exportError = new ReadOnlyStringWrapper(this, "exportError", "");
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<BackupRow> pendingRestore = new ReadOnlyObjectWrapper<>(this, "pendingRestore");
    private final StringBinding restoreQuestion;
    private final ReadOnlyStringWrapper backupStatus = new ReadOnlyStringWrapper(this, "backupStatus", "");
    private final ReadOnlyStringWrapper backupError = new ReadOnlyStringWrapper(this, "backupError", "");

    public DataSettingsViewModel(
            VaultSession session, TaskExecutor executor, Messages messages, Clock clock, Consumer<String> onRestored) {
        this.session = session;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.clock = clock;
        this.onRestored = onRestored;
        this.tasks = new TrackedTasks(executor);
        this.passphraseProblem = Bindings.createStringBinding(this::problemWithPassphrase, encrypt, passphrase, repeat);
        this.canExport = tasks.busyProperty().not().and(passphraseProblem.isEmpty());
        this.restoreQuestion = Bindings.createStringBinding(
                () -> pendingRestore.get() == null
                        ? ""
                        : messages.format(
                                "data.restoreQuestion", pendingRestore.get().created()),
                pendingRestore);
    }

    private String problemWithPassphrase() {
        if (!encrypt.get()) {
            return "";
        }
        if (passphrase.get().length() < MIN_EXPORT_PASSPHRASE) {
            return messages.format("data.passphraseShort", MIN_EXPORT_PASSPHRASE);
        }
        return passphrase.get().equals(repeat.get()) ? "" : messages.get("data.passphraseMismatch");
    }

    /** {@code nest-egg-export-2026-03-01.zip}, or {@code .age} when encrypting. */
    public String suggestedFileName() {
        return "nest-egg-export-" + LocalDate.now(clock) + (encrypt.get() ? ".age" : ".zip");
    }

    /** Writes the export to {@code file} in the background; refused at once while the passphrase does not qualify. */
    public void export(Path file) {
        exportStatus.set("");
        if (!passphraseProblem.get().isEmpty()) {
            exportError.set(passphraseProblem.get());
            return;
        }
        if (tasks.isBusy()) {
            return;
        }
        exportError.set("");
        char[] secret = encrypt.get() ? passphrase.get().toCharArray() : null;
        tasks.run(
                () -> {
                    try {
                        return session.exporter().export(file, Optional.ofNullable(secret), ExportProgress.NONE);
                    } finally {
                        Wipe.chars(secret);
                    }
                },
                this::exported,
                failure -> exportError.set(describe(failure)));
    }

    private void exported(ExportSummary summary) {
        passphrase.set("");
        repeat.set("");
        String file = summary.file().toString();
        exportStatus.set(messages.format(
                summary.encrypted() ? "data.exportedEncrypted" : "data.exported",
                summary.count("accounts"),
                summary.count("transactions"),
                file));
    }

    /** Reads the list of backups again. */
    public void refresh() {
        tasks.run(() -> session.backups().list(), this::show, failure -> backupError.set(describe(failure)));
    }

    public void backUpNow() {
        if (tasks.isBusy()) {
            return;
        }
        backupStatus.set("");
        backupError.set("");
        tasks.run(
                () -> session.backups().create(BackupKind.MANUAL),
                made -> {
                    backupStatus.set(messages.format("data.backedUp", made.name()));
                    refresh();
                },
                failure -> backupError.set(describe(failure)));
    }

    /** Asks to restore the selected backup; nothing happens before {@link #confirmRestore}. */
    public void askRestore() {
        if (selected.get() != null) {
            backupStatus.set("");
            backupError.set("");
            pendingRestore.set(selected.get());
        }
    }

    public void cancelRestore() {
        pendingRestore.set(null);
    }

    /** Restores the backup asked for; on success the session is locked and {@code onRestored} hears what happened. */
    public void confirmRestore() {
        BackupRow chosen = pendingRestore.get();
        if (chosen == null || tasks.isBusy()) {
            return;
        }
        pendingRestore.set(null);
        tasks.run(
                () -> session.restore(chosen.file()),
                (BackupFile before) ->
                        onRestored.accept(messages.format("data.restored", chosen.created(), before.name())),
                failure -> {
                    backupError.set(describe(failure));
                    refresh();
                });
    }

    private void show(List<BackupFile> files) {
        BackupRow wasSelected = selected.get();
        backups.setAll(files.stream().map(file -> BackupRow.of(file, messages)).toList());
        selected.set(
                wasSelected == null
                        ? null
                        : backups.stream()
                                .filter(row -> row.name().equals(wasSelected.name()))
                                .findFirst()
                                .orElse(null));
    }

    /** The vault words export and restore refusals for people already; anything else as the app words it. */
    private String describe(Exception failure) {
        return failure instanceof ExportException || failure instanceof BadInputException
                ? failure.getMessage()
                : errors.describe(failure);
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** Empty, or why the export passphrase is refused (too short, or typed differently twice). */
    public StringBinding passphraseProblemProperty() {
        return passphraseProblem;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportErrorProperty() {
        return exportError.getReadOnlyProperty();
    }

    public ObservableList<BackupRow> backups() {
        return backups;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<BackupRow> pendingRestoreProperty() {
        return pendingRestore.getReadOnlyProperty();
    }

    /** Empty, or what restoring the backup asked for will do. */
    public StringBinding restoreQuestionProperty() {
        return restoreQuestion;
    }

    public ReadOnlyStringProperty backupStatusProperty() {
        return backupStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupErrorProperty() {
        return backupError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
