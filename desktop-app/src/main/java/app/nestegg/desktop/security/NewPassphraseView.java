package app.nestegg.desktop.security;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A new passphrase typed twice, with a live strength meter and zxcvbn's advice. */
public final class NewPassphraseView extends VBox {

    private static final List<String> LEVELS = List.of("strength-weak", "strength-fair", "strength-strong");

    private final PasswordField passphrase = new PasswordField();

    public NewPassphraseView(NewPassphraseForm form, Messages messages) {
        super(8);
        getStyleClass().add("new-passphrase");
        passphrase.setId("newPassphrase");
        passphrase.setPromptText(messages.get("passphrase.prompt"));
        passphrase.textProperty().bindBidirectional(form.passphraseProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("repeatPassphrase");
        repeat.setPromptText(messages.get("passphrase.repeatPrompt"));
        repeat.textProperty().bindBidirectional(form.repeatProperty());

        getChildren()
                .addAll(
                        Views.label(messages.get("passphrase.label"), Styles.TEXT_BOLD),
                        passphrase,
                        meter(form.meter()),
                        Views.message("strengthFeedback", form.meter().feedbackProperty(), Styles.TEXT_MUTED),
                        Views.label(messages.get("passphrase.repeatLabel"), Styles.TEXT_BOLD),
                        repeat,
                        Views.message("passphraseMismatch", form.mismatchProperty(), Styles.DANGER));
    }

    private static HBox meter(PassphraseStrengthMeter meter) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("strengthMeter");
        bar.getStyleClass().add("strength-meter");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.max(meter.scoreProperty().get() + 1, 0) / 5.0, meter.scoreProperty()));
        meter.scoreProperty().addListener((observable, old, score) -> {
            bar.getStyleClass().removeAll(LEVELS);
            int value = score.intValue();
            if (value >= 0) {
                bar.getStyleClass().add(LEVELS.get(value < 2 ? 0 : value < 3 ? 1 : 2));
            }
        });
        Label verdict = new Label();
        verdict.setId("strengthVerdict");
        verdict.setMinWidth(90);
        verdict.textProperty().bind(meter.verdictProperty());
        HBox row = new HBox(10, bar, verdict);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    public void focusPassphrase() {
        passphrase.requestFocus();
    }
}
