package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A future flow the forecast counts on: a scheduled transaction or the next occurrence of a recurring series, signed
 * as the ledger signs it (money in positive), in the account's currency.
 */
public record ExpectedItem(UUID accountId, LocalDate date, Money amount, String payee) {

    public ExpectedItem {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        payee = payee == null ? "" : payee.strip();
    }
}
