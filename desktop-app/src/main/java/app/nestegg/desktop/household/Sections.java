package app.nestegg.desktop.household;

import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;

/** The building blocks both halves of the Household page share: titled sections and text columns. */
final class Sections {

    private Sections() {}

    static VBox section(String title, Node... content) {
        VBox box = new VBox(8, Views.label(title, Styles.TITLE_4));
        box.getChildren().addAll(content);
        return box;
    }

    static <R> TableColumn<R, String> column(String title, Function<R, String> text) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
