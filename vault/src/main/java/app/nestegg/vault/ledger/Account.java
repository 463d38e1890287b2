package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/** An account as stored; its sealed details (address, zip, VIN) are read separately through {@code Accounts}. */
public record Account(
        UUID id,
        String name,
        AccountType type,
        String institution,
        Currency currency,
        Money openingBalance,
        LocalDate openingDate,
        boolean closed,
        boolean hidden,
        AccountOrigin origin,
        BigDecimal interestRate) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(openingDate, "openingDate");
        Objects.requireNonNull(origin, "origin");
    }
}
