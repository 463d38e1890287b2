package app.nestegg.vault.ledger.invest;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One way of measuring a return: the rate (0.05 is 5 %), whether it is per year or over the whole period, and one line
 * saying in plain words what it measures, or why it cannot be computed when the rate is empty.
 */
public record ReturnFigure(Optional<BigDecimal> rate, boolean yearly, String explanation) {}
