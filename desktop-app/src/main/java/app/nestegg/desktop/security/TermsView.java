package app.nestegg.desktop.security;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.MarkdownView;
import atlantafx.base.theme.Styles;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The terms of use and privacy notice, scrollable, with the "I accept" box ({@code #acceptTerms}). */
public final class TermsView extends VBox {

    public TermsView(TermsViewModel terms, Messages messages) {
        super(12);
        VBox texts = new VBox(16, new MarkdownView(terms.terms()), new Separator(), new MarkdownView(terms.privacy()));
        texts.getStyleClass().add("legal-texts");
        ScrollPane scroll = new ScrollPane(texts);
        scroll.setId("termsText");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.BORDERED);
        scroll.setPrefViewportHeight(280);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        CheckBox accept = new CheckBox(messages.get("terms.accept"));
        accept.setId("acceptTerms");
        accept.setWrapText(true);
        accept.selectedProperty().bindBidirectional(terms.acceptedProperty());
        getChildren().addAll(scroll, accept);
    }
}
