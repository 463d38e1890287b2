package app.nestegg.desktop.security;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The recovery key and backup codes shown once, with "copy" and "save as file". */
public final class SecretsView extends VBox {

    private final SecretsViewModel secrets;
    private final Messages messages;

    public SecretsView(SecretsViewModel secrets, Messages messages) {
        super(12);
        this.secrets = secrets;
        this.messages = messages;
        getStyleClass().add("secrets");
        Label key = Views.label("", "secret-text");
        key.setId("recoveryKey");
        key.textProperty().bind(secrets.recoveryKeyProperty());
        VBox keyBox = new VBox(6, Views.label(messages.get("secrets.recoveryKeyTitle"), Styles.TEXT_BOLD), key);
        Views.showWhenNotEmpty(keyBox, secrets.recoveryKeyProperty());
        getChildren().addAll(keyBox, codes(), actions(), status());
    }

    private VBox codes() {
        FlowPane grid = new FlowPane(18, 6);
        grid.setId("backupCodes");
        grid.setPrefWrapLength(420);
        Runnable rebuild = () -> grid.getChildren()
                .setAll(secrets.backupCodes().stream()
                        .map(code -> Views.label(code, "secret-text"))
                        .toList());
        secrets.backupCodes().addListener((ListChangeListener<String>) change -> rebuild.run());
        rebuild.run();
        VBox box = new VBox(6, Views.label(messages.get("secrets.backupCodesTitle"), Styles.TEXT_BOLD), grid);
        Views.showWhen(box, Bindings.isNotEmpty(secrets.backupCodes()));
        return box;
    }

    private HBox actions() {
        Button copy = Views.button("copySecrets", messages.get("secrets.copy"), this::copy, Styles.BUTTON_OUTLINED);
        Button save = Views.button("saveSecrets", messages.get("secrets.save"), this::save, Styles.BUTTON_OUTLINED);
        save.disableProperty().bind(secrets.busyProperty());
        return new HBox(8, copy, save);
    }

    private Label status() {
        return Views.message("secretsStatus", secrets.statusProperty(), Styles.SUCCESS);
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(secrets.asText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        secrets.copied();
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("secrets.saveTitle"));
        chooser.setInitialFileName(messages.get("secrets.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("secrets.fileType"), "*.txt"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            secrets.saveTo(file.toPath());
        }
    }
}
