package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.security.NewPassphraseView;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** The current passphrase ({@code #currentPassphrase}), a new one typed twice, and {@code #changePassphrase}. */
final class ChangePassphraseView extends VBox {

    ChangePassphraseView(ChangePassphraseViewModel change, Messages messages) {
        super(10);
        PasswordField current = new PasswordField();
        current.setId("currentPassphrase");
        current.setPromptText(messages.get("security.currentPassphrase"));
        current.textProperty().bindBidirectional(change.currentProperty());
        Button button = Views.button(
                "changePassphrase", messages.get("security.changePassphrase"), change::change, Styles.ACCENT);
        button.disableProperty().bind(change.canChangeProperty().not());
        setMaxWidth(520);
        getChildren()
                .addAll(
                        Views.label(messages.get("security.passphrase.title"), Styles.TITLE_4),
                        Views.label(messages.get("security.currentPassphrase"), Styles.TEXT_BOLD),
                        current,
                        new NewPassphraseView(change.form(), messages),
                        button,
                        Views.message("changePassphraseStatus", change.statusProperty(), Styles.SUCCESS),
                        Views.message("changePassphraseError", change.errorProperty(), Styles.DANGER));
    }
}
