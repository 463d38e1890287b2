package app.nestegg.desktop.ledger.invest;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.invest.TradeKind;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * "Record trade" over {@link TradeForm}: {@code #tradeKind}, {@code #tradeSecurity}, {@code #tradeDate} and the
 * fields the kind needs ({@code #tradeQuantity}, {@code #tradePrice}, {@code #tradeFees}, {@code #tradeAmount},
 * {@code #tradeRatio}); {@code #saveTrade} records it and closes the dialog, {@code #tradeError} says what was refused.
 */
public final class TradeDialog extends Dialog<Void> {

    public TradeDialog(TradeForm form, Messages messages) {
        setTitle(messages.get("invest.trade.title"));
        ComboBox<TradeKind> kind = Forms.choice(
                "tradeKind", TradeKind.recordable().toArray(TradeKind[]::new), form.kindProperty(), form::kindName);
        ComboBox<Choice> security = Forms.choice("tradeSecurity", form.securities(), form.securityProperty());
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, Views.label(messages.get("invest.trade.kind")), kind);
        grid.addRow(1, Views.label(messages.get("invest.trade.security")), security);
        grid.addRow(2, Views.label(messages.get("invest.trade.date")), Forms.field("tradeDate", form.dateProperty()));
        addRowForKind(
                grid,
                3,
                form,
                "quantity",
                messages.get("invest.trade.quantity"),
                Forms.field("tradeQuantity", form.quantityProperty()));
        addRowForKind(
                grid,
                4,
                form,
                "price",
                messages.get("invest.trade.price"),
                Forms.field("tradePrice", form.priceProperty()));
        addRowForKind(
                grid,
                5,
                form,
                "fees",
                messages.get("invest.trade.fees"),
                Forms.field("tradeFees", form.feesProperty()));
        addRowForKind(
                grid,
                6,
                form,
                "amount",
                messages.get("invest.trade.amount"),
                Forms.field("tradeAmount", form.amountProperty()));
        addRowForKind(
                grid,
                7,
                form,
                "ratio",
                messages.get("invest.trade.ratio"),
                Forms.field("tradeRatio", form.ratioProperty()));
        Button save = Views.button("saveTrade", messages.get("invest.trade.save"), form::record, Styles.ACCENT);
        VBox content = new VBox(12, grid, save, Views.message("tradeError", form.errorProperty(), Styles.DANGER));
        content.setPrefWidth(420);
        getDialogPane().setContent(content);
        getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(messages.get("invest.trade.close"), ButtonType.CANCEL.getButtonData()));
        form.recordedCountProperty().addListener((observable, old, count) -> close());
    }

    private static void addRowForKind(GridPane grid, int row, TradeForm form, String field, String label, Node input) {
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
}
