package app.nestegg.desktop.widgets;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Six one-digit boxes for an authenticator code: typing moves to the next box, backspace in an empty box goes back,
 * and pasting the whole code fills all six. The boxes' ids are the prefix plus 0 to 5 ({@code #code0}…).
 */
public final class CodeField extends HBox {

    public static final int LENGTH = 6;

    private final TextField[] boxes = new TextField[LENGTH];
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private Runnable onComplete = () -> {};
    private boolean updating;

    public CodeField(String idPrefix, String accessibleText) {
        super(8);
        setId(idPrefix);
        getStyleClass().add("code-field");
        for (int i = 0; i < LENGTH; i++) {
            boxes[i] = box(idPrefix + i, i, accessibleText);
            getChildren().add(boxes[i]);
        }
        value.addListener((observable, old, now) -> {
            if (!updating) {
                fill(now == null ? "" : now.replaceAll("\\D", ""));
            }
        });
    }

    private TextField box(String id, int index, String accessibleText) {
        TextField box = new TextField();
        box.setId(id);
        box.getStyleClass().add("code-box");
        box.setAccessibleText(accessibleText + " " + (index + 1));
        box.setPrefColumnCount(1);
        box.textProperty().addListener((observable, old, now) -> typed(index, now));
        box.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                Platform.runLater(box::selectAll);
            }
        });
        box.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.BACK_SPACE && box.getText().isEmpty() && index > 0) {
                boxes[index - 1].clear();
                boxes[index - 1].requestFocus();
                event.consume();
            }
        });
        box.setOnAction(event -> {
            if (value.get().length() == LENGTH) {
                onComplete.run();
            }
        });
        return box;
    }

    private void typed(int index, String text) {
        if (updating) {
            return;
        }
        String digits = text == null ? "" : text.replaceAll("\\D", "");
        distribute(index, digits);
        int next = Math.min(index + Math.max(digits.length(), 0), LENGTH - 1);
        if (!digits.isEmpty() && next != index) {
            boxes[next].requestFocus();
        }
    }

    /** Puts one digit in each box from {@code start} on (a single digit or an empty text touches one box). */
    private void distribute(int start, String digits) {
        updating = true;
        try {
            if (digits.length() <= 1) {
                boxes[start].setText(digits);
            } else {
                for (int i = 0; i < digits.length() && start + i < LENGTH; i++) {
                    boxes[start + i].setText(digits.substring(i, i + 1));
                }
            }
            value.set(joined());
        } finally {
            updating = false;
        }
    }

    /** Replaces every box's digit with the given code (from the view model, usually to clear it). */
    private void fill(String digits) {
        updating = true;
        try {
            for (int i = 0; i < LENGTH; i++) {
                boxes[i].setText(i < digits.length() ? digits.substring(i, i + 1) : "");
            }
            value.set(joined());
        } finally {
            updating = false;
        }
    }

    private String joined() {
        StringBuilder joined = new StringBuilder();
        for (TextField box : boxes) {
            joined.append(box.getText());
        }
        return joined.toString();
    }

    /** The digits typed so far, joined. */
    public StringProperty valueProperty() {
        return value;
    }

    /** Runs when Enter is pressed with all six digits in place. */
    public void setOnComplete(Runnable action) {
        this.onComplete = action;
    }

    public void focusFirst() {
        boxes[0].requestFocus();
    }
}
