package app.nestegg.desktop.security.unlock;

import app.nestegg.desktop.security.NewPassphraseView;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The recovery key ({@code #recoveryKeyInput}), a new passphrase and {@code #recoverButton}. */
final class RecoveryView extends VBox {

    RecoveryView(RecoveryViewModel recovery, Messages messages) {
        super(10);
        setId("recovery");
        TextField key =
                Forms.field("recoveryKeyInput", recovery.recoveryKeyProperty(), messages.get("recovery.keyPrompt"));
        key.getStyleClass().add("secret-text");
        Button recover =
                Views.button("recoverButton", messages.get("recovery.button"), recovery::recover, Styles.ACCENT);
        recover.disableProperty().bind(recovery.canRecoverProperty().not());
        Button cancel = Views.button("cancelRecovery", messages.get("recovery.cancel"), recovery::cancel);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(20, 20);
        Views.showWhen(progress, recovery.busyProperty());
        HBox buttons = new HBox(10, progress, cancel, recover);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren()
                .addAll(
                        Views.label(messages.get("recovery.intro"), Styles.TEXT_MUTED),
                        Views.label(messages.get("recovery.keyLabel"), Styles.TEXT_BOLD),
                        key,
                        new NewPassphraseView(recovery.form(), messages),
                        Views.message("recoveryError", recovery.errorProperty(), Styles.DANGER),
                        buttons);
        Views.showWhen(this, recovery.activeProperty());
    }
}
