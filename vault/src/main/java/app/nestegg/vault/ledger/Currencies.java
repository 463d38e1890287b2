package app.nestegg.vault.ledger;

import java.util.Currency;
import java.util.Locale;

/** ISO 4217 currencies the ledger can hold: those with a fixed number of minor units. */
public final class Currencies {

    private Currencies() {}

    /** The currency with this three-letter code; refused when ISO 4217 does not know it. */
    public static Currency of(String code, String field) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            throw new LedgerInputException(field, "'" + code + "' is not a three-letter ISO 4217 currency code");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LedgerInputException(field, "Unknown currency '" + code.strip() + "'");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new LedgerInputException(field, "'" + currency.getCurrencyCode() + "' has no minor unit to count in");
        }
        return currency;
    }
}
