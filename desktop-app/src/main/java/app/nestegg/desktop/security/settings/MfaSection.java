package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.security.MfaSetupView;
import app.nestegg.desktop.security.MfaSetupViewModel;
import app.nestegg.desktop.security.SecretsView;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.security.MfaState;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Two-step unlock in Settings → Security: on/off, set-up, backup codes left and new ones. */
final class MfaSection extends VBox {

    private final SecuritySettingsViewModel security;
    private final Messages messages;
    private final VBox enrollmentBox = new VBox(10);

    MfaSection(SecuritySettingsViewModel security, Messages messages) {
        super(10);
        this.security = security;
        this.messages = messages;
        Label state = Views.label("", Styles.TEXT_BOLD);
        state.setId("mfaStatus");
        state.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.get("security.mfa."
                                + security.mfaStateProperty().get().name()),
                        security.mfaStateProperty()));
        security.enrollmentProperty().addListener((observable, old, setup) -> showEnrollment(setup));
        Views.showWhen(enrollmentBox, security.enrollmentProperty().isNotNull());
        getChildren()
                .addAll(
                        Views.label(messages.get("security.mfa.title"), Styles.TITLE_4),
                        Views.label(messages.get("security.mfa.intro"), Styles.TEXT_MUTED),
                        state,
                        offActions(),
                        enrollmentBox,
                        activeActions(),
                        newCodes());
    }

    private HBox offActions() {
        Button enable =
                Views.button("enableMfa", messages.get("security.mfa.enable"), security::enableMfa, Styles.ACCENT);
        enable.disableProperty().bind(security.busyProperty());
        HBox row = new HBox(10, enable);
        Views.showWhen(
                row,
                security.mfaStateProperty()
                        .isNotEqualTo(MfaState.ACTIVE)
                        .and(security.enrollmentProperty().isNull()));
        return row;
    }

    private void showEnrollment(MfaSetupViewModel setup) {
        if (setup == null) {
            enrollmentBox.getChildren().clear();
            return;
        }
        Button cancel = Views.button("cancelMfa", messages.get("security.mfa.cancel"), security::cancelMfaSetup);
        enrollmentBox.getChildren().setAll(new MfaSetupView(setup, messages), cancel);
    }

    private VBox activeActions() {
        Label left = Views.label("");
        left.setId("backupCodesLeft");
        left.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.format(
                                "security.codesLeft",
                                security.backupCodesLeftProperty().get()),
                        security.backupCodesLeftProperty()));
        Button regenerate = Views.button(
                "regenerateCodes",
                messages.get("security.regenerate"),
                this::confirmRegenerate,
                Styles.BUTTON_OUTLINED);
        TextField code = Forms.field(
                "disableMfaCode", security.disableCodeProperty(), messages.get("security.mfa.disablePrompt"), 8);
        Button disable =
                Views.button("disableMfa", messages.get("security.mfa.disable"), security::disableMfa, Styles.DANGER);
        disable.disableProperty().bind(security.disableCodeProperty().isEmpty().or(security.busyProperty()));
        regenerate
                .disableProperty()
                .bind(security.disableCodeProperty().isEmpty().or(security.busyProperty()));
        HBox codes = new HBox(10, left);
        codes.setAlignment(Pos.CENTER_LEFT);
        HBox off = new HBox(10, code, regenerate, disable);
        off.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, codes, off);
        Views.showWhen(box, security.mfaStateProperty().isEqualTo(MfaState.ACTIVE));
        return box;
    }

    private void confirmRegenerate() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("security.regenerateConfirm"));
        alert.setHeaderText(messages.get("security.regenerate"));
        alert.initOwner(getScene().getWindow());
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> security.regenerateBackupCodes());
    }

    private VBox newCodes() {
        Button done = Views.button("codesDone", messages.get("security.codesDone"), security.newCodes()::clear);
        VBox box = new VBox(10, new SecretsView(security.newCodes(), messages), done);
        box.getStyleClass().add("inset-box");
        Views.showWhen(box, Bindings.isNotEmpty(security.newCodes().backupCodes()));
        return box;
    }
}
