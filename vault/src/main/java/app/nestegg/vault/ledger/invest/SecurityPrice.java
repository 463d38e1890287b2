package app.nestegg.vault.ledger.invest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A security's price per share on a day, in the security's currency. */
public record SecurityPrice(UUID securityId, LocalDate date, BigDecimal price, PriceSource source) {}
