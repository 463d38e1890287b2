package app.nestegg.desktop.security;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.CodeField;
import app.nestegg.desktop.widgets.QrCodes;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Two-step unlock set-up: the QR code ({@code #qrCode}) and the secret as text ({@code #manualSecret}), then the
 * six-digit code ({@code #mfaCode0}…) and {@code #confirmMfa}.
 */
public final class MfaSetupView extends VBox {

    private final MfaSetupViewModel mfa;
    private final Messages messages;

    public MfaSetupView(MfaSetupViewModel mfa, Messages messages) {
        super(14);
        this.mfa = mfa;
        this.messages = messages;
        getStyleClass().add("mfa-setup");
        VBox enrollment = new VBox(14, scanRow(), confirmRow());
        Views.showWhen(enrollment, mfa.startedProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("mfaProgress");
        progress.setMaxSize(28, 28);
        Views.showWhen(progress, mfa.busyProperty());
        getChildren().addAll(enrollment, progress, Views.message("mfaError", mfa.errorProperty(), Styles.DANGER));
        Views.showWhen(this, mfa.startedProperty().or(mfa.busyProperty()).or(Bindings.isNotEmpty(mfa.errorProperty())));
    }

    private HBox scanRow() {
        ImageView qr = new ImageView();
        qr.setId("qrCode");
        qr.setAccessibleText(messages.get("mfa.qrAccessible"));
        mfa.otpauthUriProperty()
                .addListener((observable, old, uri) ->
                        qr.setImage(uri == null || uri.isEmpty() ? null : QrCodes.render(uri, 5)));
        Label secret = Views.label("", "secret-text");
        secret.setId("manualSecret");
        secret.textProperty().bind(mfa.manualSecretProperty());
        VBox text = new VBox(
                8,
                Views.label(messages.get("mfa.scan"), Styles.TEXT_BOLD),
                Views.label(messages.get("mfa.scanHelp")),
                Views.label(messages.get("mfa.manual"), Styles.TEXT_MUTED),
                secret);
        text.setMaxWidth(300);
        HBox row = new HBox(20, qr, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox confirmRow() {
        CodeField code = new CodeField("mfaCode", messages.get("code.digit"));
        code.valueProperty().bindBidirectional(mfa.codeProperty());
        code.setOnComplete(mfa::confirm);
        Button confirm = Views.button("confirmMfa", messages.get("mfa.confirm"), mfa::confirm, Styles.ACCENT);
        confirm.disableProperty().bind(mfa.canConfirmProperty().not());
        HBox row = new HBox(16, code, confirm);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, Views.label(messages.get("mfa.enterCode"), Styles.TEXT_BOLD), row);
    }
}
