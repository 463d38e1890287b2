package app.nestegg.vault.ledger.invest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A held security and its newest stored price on or before {@code asOf}, for "prices as of 3 days ago".
 *
 * @param lastPriceDate empty when no price is stored for it yet
 */
public record PriceAge(Security security, Optional<LocalDate> lastPriceDate, LocalDate asOf) {

    public PriceAge {
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(lastPriceDate, "lastPriceDate");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Whole days from the price's date to {@code asOf}: 0 for a price of that day; empty when there is no price. */
    public OptionalLong daysOld() {
        return lastPriceDate
                .map(date -> OptionalLong.of(ChronoUnit.DAYS.between(date, asOf)))
                .orElse(OptionalLong.empty());
    }
}
