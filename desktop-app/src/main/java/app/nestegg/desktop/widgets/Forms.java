package app.nestegg.desktop.widgets;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The pieces the code-built forms share: field labels, text fields and pickers bound to a view model, and rows. */
public final class Forms {

    private Forms() {}

    /** A label beside a field: on one line, and never narrower than its text. */
    public static Label fieldLabel(String text) {
        Label label = Views.label(text);
        label.setWrapText(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A text field bound both ways to {@code text}. */
    public static TextField field(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /** A text field bound both ways to {@code text} that shows {@code prompt} while it is empty. */
    public static TextField field(String id, StringProperty text, String prompt) {
        TextField field = field(id, text);
        field.setPromptText(prompt);
        return field;
    }

    /** A {@linkplain #field(String, StringProperty, String) field} sized for about {@code columns} characters. */
    public static TextField field(String id, StringProperty text, String prompt, int columns) {
        TextField field = field(id, text, prompt);
        field.setPrefColumnCount(columns);
        return field;
    }

    /** A {@linkplain #field(String, StringProperty, String) field} that takes the width its row has to spare. */
    public static TextField growingField(String id, StringProperty text, String prompt) {
        TextField field = field(id, text, prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    /** A picker of {@code items} bound both ways to {@code value}. */
    public static <T> ComboBox<T> choice(String id, ObservableList<T> items, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A picker of fixed {@code values} (an enum's), each shown as {@code name} words it, bound both ways to value. */
    public static <T> ComboBox<T> choice(String id, T[] values, ObjectProperty<T> value, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(converter(name));
        return box;
    }

    /** Nodes side by side, 8 pixels apart, centred on one line. */
    public static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Shows a value as {@code text} words it, and no value as nothing. Only for pickers: nothing is read back from
     * typed text.
     */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
