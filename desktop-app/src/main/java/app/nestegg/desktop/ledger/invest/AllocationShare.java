package app.nestegg.desktop.ledger.invest;

import java.math.BigDecimal;

/** One slice of the allocation chart: the security type's name and its share of the value (0 to 1). */
public record AllocationShare(String label, BigDecimal share) {}
