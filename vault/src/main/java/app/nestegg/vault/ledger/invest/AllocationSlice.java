package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;

/** The market value held in one type of security and its share of the whole (0 to 1). */
public record AllocationSlice(SecurityType type, Money value, BigDecimal share) {}
