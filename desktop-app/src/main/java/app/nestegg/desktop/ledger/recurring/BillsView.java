package app.nestegg.desktop.ledger.recurring;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Bills & subscriptions page: detected series ({@code #detectedList}) with the confirmation fields
 * ({@code #billAmount}, {@code #billFirstDue}, {@code #billAuto}) and {@code #confirmBill} / {@code #dismissBill};
 * the scheduled transactions ({@code #scheduledList}); the days due in 30 days ({@code #upcomingList}) with
 * {@code #enterBill} / {@code #skipBill} for those waiting for approval; and {@code #postsScheduled}.
 */
public final class BillsView extends VBox {

    private final BillsViewModel bills;
    private final Messages messages;

    public BillsView(BillsViewModel bills, Messages messages) {
        super(12);
        this.bills = bills;
        this.messages = messages;
        setId("page-bills");
        getStyleClass().add("page");
        HBox body = new HBox(16, detected(), new VBox(12, scheduled(), upcoming()));
        body.getChildren().forEach(child -> HBox.setHgrow(child, Priority.ALWAYS));
        VBox.setVgrow(body, Priority.ALWAYS);
        CheckBox posts = new CheckBox(messages.get("bills.posts"));
        posts.setId("postsScheduled");
        posts.selectedProperty().bindBidirectional(bills.postsProperty());
        getChildren()
                .setAll(
                        Views.title(messages.get("page.bills")),
                        Views.message("billsStatus", bills.statusProperty(), Styles.SUCCESS),
                        Views.message("billsError", bills.errorProperty(), Styles.DANGER),
                        body,
                        posts);
    }

    private VBox detected() {
        ListView<BillLine> list = list("detectedList", bills.detected(), "bills.noneDetected");
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, line) -> bills.edit(line));
        TextField amount = Forms.field("billAmount", bills.amountProperty(), messages.get("bills.amount"));
        TextField firstDue = Forms.field("billFirstDue", bills.firstDueProperty(), messages.get("bills.firstDue"));
        CheckBox auto = new CheckBox(messages.get("bills.auto"));
        auto.setId("billAuto");
        auto.selectedProperty().bindBidirectional(bills.autoProperty());
        Button confirm = Views.button(
                "confirmBill",
                messages.get("bills.confirm"),
                () -> bills.confirm(list.getSelectionModel().getSelectedItem()),
                Styles.ACCENT);
        Button dismiss = Views.button(
                "dismissBill",
                messages.get("bills.dismiss"),
                () -> bills.dismiss(list.getSelectionModel().getSelectedItem()));
        confirm.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dismiss.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(
                8,
                Views.label(messages.get("bills.detected"), Styles.TITLE_4),
                list,
                Forms.row(amount, firstDue, auto),
                Forms.row(confirm, dismiss));
    }

    private VBox scheduled() {
        return new VBox(
                8,
                Views.label(messages.get("bills.scheduled"), Styles.TITLE_4),
                list("scheduledList", bills.scheduled(), "bills.noneScheduled"));
    }

    private VBox upcoming() {
        ListView<UpcomingLine> list = new ListView<>(bills.upcoming());
        list.setId("upcomingList");
        list.setPrefHeight(200);
        list.setPlaceholder(Views.label(messages.get("bills.noneUpcoming"), Styles.TEXT_MUTED));
        Button enter = Views.button(
                "enterBill",
                messages.get("bills.enter"),
                () -> bills.enter(list.getSelectionModel().getSelectedItem()));
        Button skip = Views.button(
                "skipBill",
                messages.get("bills.skip"),
                () -> bills.skip(list.getSelectionModel().getSelectedItem()));
        BooleanBinding waitsNot = Bindings.createBooleanBinding(
                () -> list.getSelectionModel().getSelectedItem() == null
                        || !list.getSelectionModel().getSelectedItem().waits(),
                list.getSelectionModel().selectedItemProperty());
        enter.disableProperty().bind(waitsNot);
        skip.disableProperty().bind(waitsNot);
        return new VBox(
                8,
                Views.label(messages.format("bills.upcoming", BillsViewModel.UPCOMING_DAYS), Styles.TITLE_4),
                list,
                Forms.row(enter, skip));
    }

    private <T> ListView<T> list(String id, ObservableList<T> items, String emptyKey) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(200);
        list.setPlaceholder(Views.label(messages.get(emptyKey), Styles.TEXT_MUTED));
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }
}
