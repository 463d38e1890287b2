package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.CheckItem;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The security checkup ({@code #checkup}): one line per item with its level. */
final class CheckupView extends VBox {

    private final Messages messages;

    CheckupView(ObservableList<CheckItem> items, Messages messages) {
        super(6);
        this.messages = messages;
        setId("checkup");
        items.addListener((ListChangeListener<CheckItem>) change -> show(items));
        show(items);
    }

    private void show(ObservableList<CheckItem> items) {
        getChildren().setAll(items.stream().map(this::line).toList());
    }

    private HBox line(CheckItem item) {
        Label level =
                Views.label(messages.get("checkup." + item.level().name()), Styles.TEXT_BOLD, style(item.level()));
        level.setMinWidth(80);
        Label name = Views.label(item.name(), Styles.TEXT_BOLD);
        name.setMinWidth(140);
        HBox line = new HBox(12, level, name, Views.label(item.detail(), Styles.TEXT_MUTED));
        line.setAlignment(Pos.BASELINE_LEFT);
        line.getStyleClass().add("checkup-line");
        return line;
    }

    private static String style(CheckItem.Level level) {
        return switch (level) {
            case OK -> Styles.SUCCESS;
            case WARNING -> Styles.WARNING;
            case PROBLEM -> Styles.DANGER;
        };
    }
}
