package app.nestegg.desktop.ledger.currencies;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
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
        HBox base = Forms.row(
                Forms.field("baseCurrency", currencies.baseCurrencyProperty(), messages.get("currencies.base"), 6),
                saveBase);
        Button record = Views.button("recordRate", messages.get("currencies.record"), currencies::recordRate);
        record.disableProperty().bind(currencies.busyProperty());
        HBox rate = Forms.row(
                Forms.field("rateFrom", currencies.fromProperty(), messages.get("currencies.from"), 6),
                Forms.field("rateTo", currencies.toProperty(), messages.get("currencies.to"), 6),
                Forms.field("rateDate", currencies.dateProperty(), messages.get("currencies.date"), 10),
                Forms.field("rateValue", currencies.rateProperty(), messages.get("currencies.rate"), 10),
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
}
