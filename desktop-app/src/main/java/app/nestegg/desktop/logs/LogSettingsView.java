package app.nestegg.desktop.logs;

import app.nestegg.desktop.bank.BrowserOpener;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;

/** Settings → Data → Logs: {@code #logLevel}, {@code #logJson}, {@code #openLogFolder}. */
public final class LogSettingsView extends VBox {

    public LogSettingsView(LogSettingsViewModel model, BrowserOpener opener, Messages messages) {
        super(10);
        setId("logSettings");
        ComboBox<LogSettings.Level> level = Forms.choice(
                "logLevel",
                LogSettings.Level.values(),
                model.levelProperty(),
                value -> messages.get("logs.level." + value.name().toLowerCase(Locale.ROOT)));
        CheckBox json = new CheckBox(messages.get("logs.json"));
        json.setId("logJson");
        json.selectedProperty().bindBidirectional(model.jsonProperty());
        Button open = Views.button(
                "openLogFolder",
                messages.get("logs.openFolder"),
                () -> opener.open(model.folder().toUri().toString()));
        getChildren()
                .addAll(
                        Views.label(messages.get("logs.title"), Styles.TITLE_4),
                        Views.label(
                                messages.format("logs.help", model.folder(), model.crashReports()), Styles.TEXT_MUTED),
                        Forms.row(Views.label(messages.get("logs.levelLabel")), level),
                        json,
                        open,
                        Views.message("logSettingsProblem", model.problemProperty(), Styles.DANGER));
    }
}
