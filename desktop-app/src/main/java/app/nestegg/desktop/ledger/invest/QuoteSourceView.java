package app.nestegg.desktop.ledger.invest;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.invest.QuoteSourceKind;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Settings → Scheduled work, the quote source section: {@code #quoteKind}, {@code #quoteLocation}, {@code #saveQuotes}. */
public final class QuoteSourceView extends VBox {

    public QuoteSourceView(QuoteSourceViewModel quotes, Messages messages) {
        super(8);
        setId("quoteSource");
        getStyleClass().add("inset-box");
        TextField location =
                Forms.growingField("quoteLocation", quotes.locationProperty(), messages.get("quotes.locationPrompt"));
        location.disableProperty().bind(quotes.kindProperty().isEqualTo(QuoteSourceKind.NONE));
        Button save = Views.button("saveQuotes", messages.get("quotes.save"), quotes::save, Styles.ACCENT);
        save.disableProperty().bind(quotes.busyProperty());
        getChildren()
                .addAll(
                        Views.label(messages.get("quotes.title"), Styles.TEXT_BOLD),
                        Views.label(messages.get("quotes.help"), Styles.TEXT_MUTED),
                        Forms.row(
                                Forms.choice(
                                        "quoteKind",
                                        QuoteSourceKind.values(),
                                        quotes.kindProperty(),
                                        kind -> messages.get(
                                                "quotes.kind." + kind.name().toLowerCase(Locale.ROOT))),
                                location,
                                save),
                        Views.message("quotesStatus", quotes.statusProperty(), Styles.SUCCESS),
                        Views.message("quotesError", quotes.errorProperty(), Styles.DANGER));
    }
}
