package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings → Security: two-step unlock, passphrase, auto-lock, checkup and audit log, one section under another. */
public final class SecuritySettingsView extends ScrollPane {

    private final SecuritySettingsViewModel security;
    private final Messages messages;

    public SecuritySettingsView(SecuritySettingsViewModel security, Messages messages) {
        this.security = security;
        this.messages = messages;
        setId("securitySettings");
        setFitToWidth(true);
        VBox sections = new VBox(
                18,
                statusRow(),
                new MfaSection(security, messages),
                new Separator(),
                new ChangePassphraseView(security.changePassphrase(), messages),
                new Separator(),
                autoLock(),
                new Separator(),
                Views.label(messages.get("security.checkup.title"), Styles.TITLE_4),
                new CheckupView(security.checkup(), messages),
                new Separator(),
                Views.label(messages.get("security.audit.title"), Styles.TITLE_4),
                new AuditTable(security.audit(), messages));
        sections.getStyleClass().add("page");
        setContent(sections);
    }

    private HBox statusRow() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(20, 20);
        Views.showWhen(progress, security.busyProperty());
        HBox row = new HBox(
                10,
                progress,
                Views.message("securityStatus", security.statusProperty(), Styles.SUCCESS),
                Views.message("securityError", security.errorProperty(), Styles.DANGER));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox autoLock() {
        Spinner<Integer> minutes = new Spinner<>(security.minAutoLockMinutes(), security.maxAutoLockMinutes(), 15);
        minutes.setId("autoLockMinutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(110);
        minutes.getValueFactory().valueProperty().bindBidirectional(security.autoLockMinutesProperty());
        Button apply = Views.button(
                "applyAutoLock",
                messages.get("security.autoLock.apply"),
                security::applyAutoLock,
                Styles.BUTTON_OUTLINED);
        apply.disableProperty().bind(security.busyProperty());
        HBox row = new HBox(10, minutes, Views.label(messages.get("security.autoLock.minutes")), apply);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(
                8,
                Views.label(messages.get("security.autoLock.title"), Styles.TITLE_4),
                Views.label(messages.get("security.autoLock.intro"), Styles.TEXT_MUTED),
                row);
    }
}
