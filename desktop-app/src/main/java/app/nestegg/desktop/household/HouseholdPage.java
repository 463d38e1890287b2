package app.nestegg.desktop.household;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The Household page ({@code #page-household}): the people half above the exchange half, scrolling as one. */
public final class HouseholdPage extends ScrollPane {

    public HouseholdPage(HouseholdView people, HouseholdExchangeView exchange, Messages messages) {
        VBox content = new VBox(20, Views.title(messages.get("page.household")), people, exchange);
        content.getStyleClass().add("page");
        setId("page-household");
        setContent(content);
        setFitToWidth(true);
    }
}
