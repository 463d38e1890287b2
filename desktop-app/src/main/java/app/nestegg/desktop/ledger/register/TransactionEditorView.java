package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The transaction editor beside the register: {@code #editorDate}, {@code #editorAmount}, {@code #editorPayee},
 * {@code #editorMemo}, {@code #editorCategory}, the transfer fields, the split lines ({@code #splitAmount0},
 * {@code #splitCategory0}, …, {@code #addSplit}) with what is left to assign, and {@code #saveTransaction}. Tab and
 * Shift+Tab move between the fields in this order.
 */
public final class TransactionEditorView extends VBox {

    private final TransactionEditorViewModel editor;
    private final Messages messages;
    private final VBox splitLines = new VBox(6);

    public TransactionEditorView(TransactionEditorViewModel editor, Messages messages) {
        super(10);
        this.editor = editor;
        this.messages = messages;
        setId("transactionEditor");
        getStyleClass().add("side-panel");
        setPrefWidth(340);
        Views.showWhen(this, editor.openProperty());

        Label title = Views.label("", Styles.TITLE_4);
        title.textProperty().bind(editor.titleProperty());
        TextField date = Forms.field("editorDate", editor.dateProperty());
        TextField amount = Forms.field("editorAmount", editor.amountProperty());
        TextField payee = Forms.field("editorPayee", editor.payeeProperty());
        TextField memo = Forms.field("editorMemo", editor.memoProperty());
        ComboBox<Choice> category = choice("editorCategory", editor.categories());
        category.valueProperty().bindBidirectional(editor.categoryProperty());
        category.disableProperty().bind(editor.transferProperty().or(Bindings.isNotEmpty(editor.splits())));

        CheckBox transfer = new CheckBox(messages.get("editor.transfer"));
        transfer.setId("editorTransfer");
        transfer.selectedProperty().bindBidirectional(editor.transferProperty());
        ComboBox<Choice> transferAccount = choice("editorTransferAccount", editor.accounts());
        transferAccount.valueProperty().bindBidirectional(editor.transferAccountProperty());
        TextField transferAmount = Forms.field("editorTransferAmount", editor.transferAmountProperty());
        VBox transferBox = new VBox(
                6,
                Views.label(messages.get("editor.transferAccount")),
                transferAccount,
                Views.label(messages.get("editor.transferAmount")),
                transferAmount);
        Views.showWhen(transferBox, editor.transferProperty());

        Button addSplit = Views.button("addSplit", messages.get("editor.addSplit"), editor::addSplit);
        addSplit.disableProperty().bind(editor.transferProperty());
        Label remaining = Views.label("");
        remaining.setId("splitRemaining");
        remaining.textProperty().bind(editor.remainingProperty());
        editor.splitsBalancedProperty().addListener((observable, old, balanced) -> {
            remaining.getStyleClass().remove(Styles.WARNING);
            if (!balanced) {
                remaining.getStyleClass().add(Styles.WARNING);
            }
        });
        editor.splits().addListener((ListChangeListener<SplitLine>) change -> rebuildSplits());

        GridPane form = new GridPane(8, 6);
        form.addRow(0, Views.label(messages.get("editor.date")), date);
        form.addRow(1, Views.label(messages.get("editor.amount")), amount);
        form.addRow(2, Views.label(messages.get("editor.payee")), payee);
        form.addRow(3, Views.label(messages.get("editor.memo")), memo);
        form.addRow(4, Views.label(messages.get("editor.category")), category);

        Button save = Views.button("saveTransaction", messages.get("editor.save"), editor::save, Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(editor.busyProperty());
        Button cancel = Views.button("cancelTransaction", messages.get("editor.cancel"), editor::cancel);
        HBox actions = new HBox(8, save, cancel);
        actions.setAlignment(Pos.CENTER_RIGHT);

        getChildren()
                .addAll(
                        title,
                        form,
                        transfer,
                        transferBox,
                        Views.label(messages.get("editor.splits"), Styles.TEXT_BOLD),
                        splitLines,
                        remaining,
                        addSplit,
                        Views.message("editorError", editor.errorProperty(), Styles.DANGER),
                        actions,
                        changes());
        editor.openProperty().addListener((observable, old, open) -> {
            if (open) {
                amount.requestFocus();
            }
        });
    }

    /** "Who changed this": the members and times of the transaction's changes ({@code #transactionChanges}). */
    private VBox changes() {
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(editor.changes());
        list.setId("transactionChanges");
        list.setPrefHeight(90);
        VBox box = new VBox(4, Views.label(messages.get("editor.changes"), Styles.TEXT_MUTED), list);
        Views.showWhen(box, Bindings.isNotEmpty(editor.changes()));
        return box;
    }

    private void rebuildSplits() {
        splitLines.getChildren().clear();
        int index = 0;
        for (SplitLine line : editor.splits()) {
            ComboBox<Choice> category = choice("splitCategory" + index, editor.categories());
            category.valueProperty().bindBidirectional(line.categoryProperty());
            category.setPrefWidth(150);
            TextField amount = Forms.field("splitAmount" + index, line.amountProperty());
            amount.setPrefColumnCount(6);
            Button remove = Views.button(
                    "removeSplit" + index,
                    messages.get("editor.removeSplit"),
                    () -> editor.removeSplit(line),
                    Styles.FLAT);
            HBox row = new HBox(6, category, amount, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            splitLines.getChildren().add(row);
            index++;
        }
    }

    private static ComboBox<Choice> choice(String id, javafx.collections.ObservableList<Choice> items) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
