package app.nestegg.desktop.security;

import app.nestegg.resources.Legal;

/** The terms of use and privacy notice (Markdown) shown for acceptance. */
public record LegalTexts(int version, String terms, String privacy) {

    public static LegalTexts shipped() {
        return new LegalTexts(Legal.version(), Legal.terms(), Legal.privacy());
    }
}
