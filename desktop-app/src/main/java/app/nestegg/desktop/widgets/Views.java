package app.nestegg.desktop.widgets;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small helpers the code-built views share. */
public final class Views {

    private Views() {}

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        return label;
    }

    /** A label with {@code id} that always shows {@code text}. */
    public static Label bound(String id, ObservableStringValue text, String... styleClasses) {
        Label label = label("", styleClasses);
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    public static Label title(String text) {
        return label(text, Styles.TITLE_2);
    }

    /** A label that shows a message in the given style and takes no room while the message is empty. */
    public static Label message(String id, ObservableStringValue text, String styleClass) {
        Label label = bound(id, text, styleClass);
        showWhenNotEmpty(label, text);
        return label;
    }

    public static void showWhenNotEmpty(Node node, ObservableStringValue text) {
        node.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        node.managedProperty().bind(node.visibleProperty());
    }

    public static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    public static Button button(String id, String text, Runnable action, String... styleClasses) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(styleClasses);
        button.setOnAction(event -> action.run());
        // A button's text is never cut short to "…": the row around it grows or wraps instead.
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
