package app.nestegg.desktop.logs;

import app.nestegg.desktop.bank.BrowserOpener;
import app.nestegg.desktop.text.Messages;
import java.nio.file.Path;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The dialog after a crash: what happened in plain words, where the report is, and "Copy report" ({@code
 * #copyCrashReport}) and "Open folder" ({@code #openCrashFolder}), which leave the dialog open; "Close" ends it.
 */
final class CrashDialog extends Alert {

    CrashDialog(Messages messages, String report, Optional<Path> file, Path folder, BrowserOpener opener) {
        super(AlertType.WARNING);
        setTitle(messages.get("crash.title"));
        setHeaderText(messages.get("crash.header"));
        setContentText(
                file.map(path -> messages.format("crash.saved", path)).orElseGet(() -> messages.get("crash.notSaved")));
        getDialogPane().setId("crashDialog");
        ButtonType copy = new ButtonType(messages.get("crash.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType open = new ButtonType(messages.get("crash.openFolder"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(messages.get("crash.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getButtonTypes().setAll(copy, open, close);
        keepOpen(copy, "copyCrashReport", () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report);
            Clipboard.getSystemClipboard().setContent(content);
        });
        keepOpen(open, "openCrashFolder", () -> opener.open(folder.toUri().toString()));
        ((Button) getDialogPane().lookupButton(close)).setId("closeCrashDialog");
        Button openButton = (Button) getDialogPane().lookupButton(open);
        openButton.setDisable(file.isEmpty());
    }

    private void keepOpen(ButtonType type, String id, Runnable action) {
        Button button = (Button) getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
    }
}
