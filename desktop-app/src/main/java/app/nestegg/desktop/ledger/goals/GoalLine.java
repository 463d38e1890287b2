package app.nestegg.desktop.ledger.goals;

import app.nestegg.vault.ledger.goals.GoalProgress;
import java.math.BigDecimal;

/**
 * One goal as the goals list shows it, already worded.
 *
 * @param fraction the progress bar's fill, between 0 and 1
 */
public record GoalLine(
        GoalProgress progress,
        String name,
        String savedOfTarget,
        BigDecimal fraction,
        String needed,
        String projected,
        String status) {}
