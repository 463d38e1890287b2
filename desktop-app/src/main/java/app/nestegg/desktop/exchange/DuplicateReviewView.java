package app.nestegg.desktop.exchange;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The duplicate review: the rows with an "Import" tick each ({@code #reviewTable}; Space ticks the selected row), the
 * status of each row and the counts ({@code #reviewCounts}).
 */
final class DuplicateReviewView extends VBox {

    private final ImportWizardViewModel wizard;
    private final Messages messages;

    DuplicateReviewView(ImportWizardViewModel wizard, Messages messages) {
        super(10);
        this.wizard = wizard;
        this.messages = messages;
        setId("duplicateReview");
        Label counts = Views.label("", Styles.TEXT_BOLD);
        counts.setId("reviewCounts");
        counts.textProperty().bind(wizard.countsProperty());
        TableView<ReviewRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(counts, Views.label(messages.get("import.review.hint"), Styles.TEXT_MUTED), table);
    }

    private TableView<ReviewRow> table() {
        TableView<ReviewRow> table = new TableView<>(wizard.review());
        table.setId("reviewTable");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReviewRow, String> amount = text("import.review.amount", ReviewRow::amount);
        amount.getStyleClass().add("money-column");
        table.getColumns()
                .setAll(
                        includeColumn(),
                        text("import.review.date", ReviewRow::date),
                        text("import.review.payee", ReviewRow::payee),
                        amount,
                        text("import.review.status", ReviewRow::status));
        table.setOnKeyPressed(event -> {
            ReviewRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && selected != null) {
                int at = table.getSelectionModel().getSelectedIndex();
                wizard.setIncluded(selected, !selected.included());
                table.getSelectionModel().select(at);
                event.consume();
            }
        });
        return table;
    }

    private TableColumn<ReviewRow, ReviewRow> includeColumn() {
        TableColumn<ReviewRow, ReviewRow> column = new TableColumn<>(messages.get("import.review.include"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setSortable(false);
        column.setPrefWidth(70);
        column.setMaxWidth(90);
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(event -> {
                    ReviewRow row = getItem();
                    if (row != null) {
                        wizard.setIncluded(row, box.isSelected());
                    }
                });
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(ReviewRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                } else {
                    box.setSelected(row.included());
                    box.setId("include" + row.statement() + "-" + row.row());
                    setGraphic(box);
                }
            }
        });
        return column;
    }

    private TableColumn<ReviewRow, String> text(String key, Function<ReviewRow, String> value) {
        TableColumn<ReviewRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
