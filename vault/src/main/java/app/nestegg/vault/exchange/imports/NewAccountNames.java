package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.StatementAccount;

/** The name of an account an import opens: the institution and the last four digits, as a bank would print it. */
final class NewAccountNames {

    private static final int MAX_NAME = 100;

    private NewAccountNames() {}

    static String of(StatementAccount source) {
        String institution =
                source.institution() == null || source.institution().isBlank()
                        ? "Imported account"
                        : source.institution().strip();
        String lastFour = source.lastFour();
        String suffix = lastFour.isEmpty() ? "" : " " + lastFour;
        if (institution.length() + suffix.length() > MAX_NAME) {
            institution = institution.substring(0, MAX_NAME - suffix.length());
        }
        return institution + suffix;
    }
}
