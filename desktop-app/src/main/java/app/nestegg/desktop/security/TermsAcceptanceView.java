package app.nestegg.desktop.security;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Newer terms after an unlock: read and accept ({@code #acceptTermsButton}) or lock again ({@code #declineTerms}). */
public final class TermsAcceptanceView extends StackPane {

    public TermsAcceptanceView(
            TermsViewModel terms, Messages messages, ObservableBooleanValue busy, Runnable accept, Runnable decline) {
        setId("termsScreen");
        getStyleClass().add("screen-backdrop");
        Button acceptButton = Views.button("acceptTermsButton", messages.get("terms.continue"), accept, Styles.ACCENT);
        acceptButton.disableProperty().bind(terms.acceptedProperty().not().or(busy));
        Button declineButton = Views.button("declineTerms", messages.get("terms.decline"), decline);
        HBox buttons = new HBox(10, declineButton, acceptButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(
                14,
                Views.title(messages.format("terms.updatedTitle", terms.version())),
                Views.label(messages.get("terms.updatedIntro")),
                new TermsView(terms, messages),
                buttons);
        card.getStyleClass().add("screen-card");
        card.setMaxWidth(680);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
    }
}
