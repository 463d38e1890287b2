package app.nestegg.desktop.ledger.dashboard;

import java.math.BigDecimal;

/**
 * A goal on the dashboard, already worded.
 *
 * @param fraction saved over target, for the bar: 0 to 1
 */
public record GoalStatusLine(String name, String savedOfTarget, BigDecimal fraction) {}
