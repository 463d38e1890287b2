package app.nestegg.desktop.security;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The terms of use and privacy notice with the "I accept" box. */
public final class TermsViewModel {

    private final LegalTexts texts;
    private final BooleanProperty accepted = new SimpleBooleanProperty(this, "accepted");

    public TermsViewModel(LegalTexts texts) {
        this.texts = texts;
    }

    public String terms() {
        return texts.terms();
    }

    public String privacy() {
        return texts.privacy();
    }

    public int version() {
        return texts.version();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
