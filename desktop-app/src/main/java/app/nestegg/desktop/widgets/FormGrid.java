package app.nestegg.desktop.widgets;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;

/** A form as a grid, one row at a time: a {@linkplain Forms#fieldLabel label} in the first column, fields after it. */
public final class FormGrid extends GridPane {

    private int rows;

    public FormGrid() {
        super(8, 6);
    }

    /** Adds a row: {@code label}, then {@code fields}. */
    public void addField(String label, Node... fields) {
        int row = rows++;
        add(Forms.fieldLabel(label), 0, row);
        for (int column = 0; column < fields.length; column++) {
            add(fields[column], column + 1, row);
        }
    }

    /** Adds a row that has only {@code node}, under the fields: a field's error, say, or a check box. */
    public void addUnderFields(Node node) {
        add(node, 1, rows++);
    }
}
