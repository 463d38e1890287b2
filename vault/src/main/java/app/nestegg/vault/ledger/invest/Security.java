package app.nestegg.vault.ledger.invest;

import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/** A stock, fund, bond or coin that accounts can hold; its prices are in its own currency. */
public record Security(UUID id, String symbol, String name, SecurityType type, Currency currency) {

    public Security {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
    }
}
