package app.nestegg.desktop.security;

import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Recovery key and backup codes shown once, with "copy" and "save as file". */
public final class SecretsViewModel {

    private final Messages messages;
    private final ErrorMessages errors;
    private final TrackedTasks tasks;
    private final ReadOnlyStringWrapper recoveryKey = new ReadOnlyStringWrapper(this, "recoveryKey", "");
    private final ObservableList<String> backupCodes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public SecretsViewModel(TrackedTasks tasks, Messages messages) {
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.tasks = tasks;
    }

    /** Shows new secrets; either may be empty. */
    public void show(String newRecoveryKey, List<String> codes) {
        recoveryKey.set(newRecoveryKey);
        backupCodes.setAll(codes);
        status.set("");
    }

    /** The secrets as plain text, for the clipboard and the file. */
    public String asText() {
        StringBuilder text = new StringBuilder(messages.get("secrets.fileHeader")).append(System.lineSeparator());
        if (!recoveryKey.get().isEmpty()) {
            text.append(System.lineSeparator())
                    .append(messages.get("secrets.recoveryKey"))
                    .append(System.lineSeparator())
                    .append(recoveryKey.get())
                    .append(System.lineSeparator());
        }
        if (!backupCodes.isEmpty()) {
            text.append(System.lineSeparator())
                    .append(messages.get("secrets.backupCodes"))
                    .append(System.lineSeparator());
            backupCodes.forEach(code -> text.append(code).append(System.lineSeparator()));
        }
        return text.toString();
    }

    /** Called by the view after it put {@link #asText()} on the clipboard. */
    public void copied() {
        status.set(messages.get("secrets.copied"));
    }

    public void saveTo(Path file) {
        String text = asText();
        tasks.run(
                () -> {
                    SecretFiles.writeOwnerOnly(file, text);
                    return file;
                },
                saved -> status.set(messages.format("secrets.saved", saved)),
                failure -> status.set(errors.describe(failure)));
    }

    /** Forgets the secrets once they are no longer shown. */
    public void clear() {
        recoveryKey.set("");
        backupCodes.clear();
        status.set("");
    }

    public ReadOnlyStringProperty recoveryKeyProperty() {
        return recoveryKey.getReadOnlyProperty();
    }

    public ObservableList<String> backupCodes() {
        return FXCollections.unmodifiableObservableList(backupCodes);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
