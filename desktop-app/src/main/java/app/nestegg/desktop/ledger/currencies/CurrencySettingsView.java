package app.nestegg.desktop.ledger.currencies;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings → Currencies: the base currency, and a form to record an exchange rate for a day. */
public final class CurrencySettingsView extends VBox {

    private final Messages messages;

    public CurrencySettingsView(CurrencySettingsViewModel currencies, Messages messages) {
        super(14);
        this.messages = messages;
        setId("currencySettings");
        getStyleClass().add("page");
        Button saveBase = Views.button(
                "saveBaseCurrency", messages.get("currencies.saveBase"), currencies::saveBaseCurrency, Styles.ACCENT);
        saveBase.disableProperty().bind(currencies.busyProperty());
        HBox base = row(field("baseCurrency", currencies.baseCurrencyProperty(), "currencies.base", 6), saveBase);
        Button record = Views.button("recordRate", messages.get("currencies.record"), currencies::recordRate);
        record.disableProperty().bind(currencies.busyProperty());
        HBox rate = row(
                field("rateFrom", currencies.fromProperty(), "currencies.from", 6),
                field("rateTo", currencies.toProperty(), "currencies.to", 6),
                field("rateDate", currencies.dateProperty(), "currencies.date", 10),
                field("rateValue", currencies.rateProperty(), "currencies.rate", 10),
                record);
        getChildren()
                .addAll(
                        Views.label(messages.get("currencies.baseTitle"), Styles.TITLE_4),
                        Views.label(messages.get("currencies.baseHelp"), Styles.TEXT_MUTED),
                        base,
                        Views.label(messages.get("currencies.rateTitle"), Styles.TITLE_4),
                        Views.label(messages.get("currencies.rateHelp"), Styles.TEXT_MUTED),
                        rate,
                        Views.message("currencyError", currencies.errorProperty(), Styles.DANGER),
                        Views.message("currencyStatus", currencies.statusProperty(), Styles.SUCCESS));
    }

    private TextField field(String id, StringProperty property, String promptKey, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
