package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Settings → Delete vault: {@code #deletePassphrase}, {@code #deleteCode} (with two-step unlock on),
 * {@code #deleteUnderstood}, {@code #deleteWord} and {@code #deleteVault}.
 */
public final class DeleteVaultView extends VBox {

    private final DeleteVaultViewModel delete;
    private final Messages messages;

    public DeleteVaultView(DeleteVaultViewModel delete, Messages messages) {
        super(12);
        this.delete = delete;
        this.messages = messages;
        setId("deleteVaultPage");
        getStyleClass().add("page");
        setMaxWidth(560);
        Message warning = new Message(messages.get("delete.warningTitle"), messages.get("delete.warning"));
        warning.getStyleClass().add(Styles.DANGER);
        getChildren().addAll(Views.label(messages.get("delete.title"), Styles.TITLE_4), warning);
        getChildren().addAll(credentials());
        getChildren().addAll(confirmation());
        getChildren().add(Views.message("deleteError", delete.errorProperty(), Styles.DANGER));
    }

    private VBox[] credentials() {
        PasswordField passphrase = new PasswordField();
        passphrase.setId("deletePassphrase");
        passphrase.setPromptText(messages.get("delete.passphrase"));
        passphrase.textProperty().bindBidirectional(delete.passphraseProperty());
        TextField code = Forms.field("deleteCode", delete.codeProperty(), messages.get("delete.code"));
        CheckBox backup = new CheckBox(messages.get("delete.isBackupCode"));
        backup.setId("deleteUseBackupCode");
        backup.selectedProperty().bindBidirectional(delete.useBackupCodeProperty());
        VBox codeBox = new VBox(8, code, backup);
        Views.showWhen(codeBox, delete.mfaActiveProperty());
        return new VBox[] {new VBox(passphrase), codeBox};
    }

    private javafx.scene.Node[] confirmation() {
        CheckBox understood = new CheckBox(messages.get("delete.understood"));
        understood.setId("deleteUnderstood");
        understood.setWrapText(true);
        understood.selectedProperty().bindBidirectional(delete.understoodProperty());
        String typeWord = messages.format("delete.typeWord", delete.confirmationWord());
        TextField word = Forms.field("deleteWord", delete.typedWordProperty(), typeWord);
        Button button = Views.button("deleteVault", messages.get("delete.button"), delete::delete, Styles.DANGER);
        button.disableProperty().bind(delete.canDeleteProperty().not());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(20, 20);
        Views.showWhen(progress, delete.busyProperty());
        return new javafx.scene.Node[] {understood, Views.label(typeWord), word, new HBox(10, button, progress)};
    }
}
