package app.nestegg.desktop.ledger.dashboard;

import java.math.BigDecimal;

/**
 * A category group's month on the dashboard, already worded.
 *
 * @param fraction spent over budgeted (with what earlier months carried), for the bar: 0 to 1, 1 once overspent
 */
public record BudgetStatusLine(
        String name, String spentOfBudget, String remaining, BigDecimal fraction, boolean overspent) {}
