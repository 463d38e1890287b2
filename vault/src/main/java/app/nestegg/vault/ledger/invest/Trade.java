package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored trade. {@code value} is quantity × price in the account's currency at the trade date's rate (a dividend's
 * amount; zero for a split; for a bank {@code ADJUST_IN} the cost the added shares enter with); {@code cash} is what
 * moved in the account's cash, signed from the holder's view, carried by the ledger transaction
 * {@code cashTransactionId} when it is not zero.
 */
public record Trade(
        UUID id,
        UUID accountId,
        UUID securityId,
        LocalDate date,
        TradeKind kind,
        BigDecimal quantity,
        Optional<BigDecimal> price,
        Money value,
        Money fees,
        Money cash,
        Optional<UUID> cashTransactionId,
        String memo) {

    public Trade {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(securityId, "securityId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(cashTransactionId, "cashTransactionId");
    }
}
