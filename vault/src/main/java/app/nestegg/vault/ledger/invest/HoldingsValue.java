package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

/**
 * The market value of an account's holdings on a day at that day's prices: per security currency, and all of it
 * converted to the account's currency at that day's rates.
 */
public record HoldingsValue(
        UUID accountId, LocalDate asOf, Map<Currency, Money> bySecurityCurrency, Money inAccountCurrency) {

    public HoldingsValue {
        bySecurityCurrency = Map.copyOf(bySecurityCurrency);
    }
}
