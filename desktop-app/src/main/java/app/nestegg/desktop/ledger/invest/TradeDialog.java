package app.nestegg.desktop.ledger.invest;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.invest.TradeKind;
import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * "Record trade" over {@link TradeForm}: {@code #tradeKind}, {@code #tradeSecurity}, {@code #tradeDate} and the
 * fields the kind needs ({@code #tradeQuantity}, {@code #tradePrice}, {@code #tradeFees}, {@code #tradeAmount},
 * {@code #tradeRatio}); {@code #saveTrade} records it and closes the dialog, {@code #tradeError} says what was refused.
 */
public final class TradeDialog extends Dialog<Void> {

    public TradeDialog(TradeForm form, Messages messages) {
        setTitle(messages.get("invest.trade.title"));
        ComboBox<TradeKind> kind = new ComboBox<>();
        kind.setId("tradeKind");
        kind.getItems().setAll(TradeKind.values());
        kind.valueProperty().bindBidirectional(form.kindProperty());
        kind.setConverter(converter(form::kindName));
        ComboBox<Choice> security = new ComboBox<>(form.securities());
        security.setId("tradeSecurity");
        security.valueProperty().bindBidirectional(form.securityProperty());
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, Views.label(messages.get("invest.trade.kind")), kind);
        grid.addRow(1, Views.label(messages.get("invest.trade.security")), security);
        grid.addRow(2, Views.label(messages.get("invest.trade.date")), field("tradeDate", form.dateProperty()));
        row(
                grid,
                3,
                form,
                "quantity",
                messages.get("invest.trade.quantity"),
                field("tradeQuantity", form.quantityProperty()));
        row(grid, 4, form, "price", messages.get("invest.trade.price"), field("tradePrice", form.priceProperty()));
        row(grid, 5, form, "fees", messages.get("invest.trade.fees"), field("tradeFees", form.feesProperty()));
        row(grid, 6, form, "amount", messages.get("invest.trade.amount"), field("tradeAmount", form.amountProperty()));
        row(grid, 7, form, "ratio", messages.get("invest.trade.ratio"), field("tradeRatio", form.ratioProperty()));
        Button save = Views.button("saveTrade", messages.get("invest.trade.save"), form::record, Styles.ACCENT);
        VBox content = new VBox(12, grid, save, Views.message("tradeError", form.errorProperty(), Styles.DANGER));
        content.setPrefWidth(420);
        getDialogPane().setContent(content);
        getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(messages.get("invest.trade.close"), ButtonType.CANCEL.getButtonData()));
        form.recordedCountProperty().addListener((observable, old, count) -> close());
    }

    private static void row(GridPane grid, int row, TradeForm form, String field, String label, Node input) {
        Label name = Views.label(label);
        grid.addRow(row, name, input);
        Runnable update = () -> {
            boolean used = TradeForm.uses(form.kindProperty().get(), field);
            for (Node node : new Node[] {name, input}) {
                node.setVisible(used);
                node.setManaged(used);
            }
        };
        form.kindProperty().addListener((observable, old, kind) -> update.run());
        update.run();
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
