package app.nestegg.desktop.shell;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.layout.VBox;

/** A page whose capability is still being built: its name and what it will do. */
public final class PlaceholderPage extends VBox {

    public PlaceholderPage(Page page, Messages messages) {
        super(12);
        setId("page-" + page.name().toLowerCase(java.util.Locale.ROOT));
        getStyleClass().add("page");
        setAlignment(Pos.TOP_LEFT);
        getChildren()
                .addAll(
                        Views.title(messages.get(page.key())),
                        Views.label(messages.get(page.key() + ".intro")),
                        Views.label(messages.get("page.coming"), Styles.TEXT_MUTED));
    }
}
