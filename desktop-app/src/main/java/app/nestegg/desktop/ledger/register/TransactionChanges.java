package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.merge.ChangeAuthors;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Who changed this" for the transaction in the editor: one line per change of its row, oldest first, naming the
 * household member and the time by their clock ("Added by Bob, Mar 1, 2026, 9:00 AM").
 */
final class TransactionChanges {

    /** The change log's name for transactions. */
    static final String TABLE = "ledger_transaction";

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private UUID shown;

    TransactionChanges(VaultSession session, TrackedTasks tasks, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
    }

    void load(UUID transactionId) {
        shown = transactionId;
        lines.clear();
        tasks.run(
                () -> new ChangeAuthors(session.ledger().changeLog())
                        .of(TABLE, transactionId).stream()
                                .map(change -> messages.format(
                                        "editor.change." + change.operation().name(),
                                        change.memberName(),
                                        messages.dateTime(change.at())))
                                .toList(),
                (List<String> loaded) -> {
                    if (transactionId.equals(shown)) {
                        lines.setAll(loaded);
                    }
                },
                failure -> lines.clear());
    }

    void clear() {
        shown = null;
        lines.clear();
    }

    ObservableList<String> lines() {
        return lines;
    }
}
