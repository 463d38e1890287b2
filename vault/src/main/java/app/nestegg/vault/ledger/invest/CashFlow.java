package app.nestegg.vault.ledger.invest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Money put into an investment (negative) or taken out of it (positive) on a day, from the holder's view. */
public record CashFlow(LocalDate date, BigDecimal amount) {

    public CashFlow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
