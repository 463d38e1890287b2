package app.nestegg.vault.ledger.recurring;

/**
 * How often a recurring series comes, with how far from its expected day an occurrence may land ({@code toleranceDays})
 * and how long after its expected day a missing occurrence still counts as late rather than stopped
 * ({@code graceDays}).
 */
public enum Cadence {
    WEEKLY(7.0, 1, 4),
    BIWEEKLY(14.0, 2, 7),
    /** The same day of each month (the 31st falls back to the month's last day). */
    MONTHLY(30.4375, 3, 10),
    MONTHLY_LAST_DAY(30.4375, 3, 10),
    /** The same n-th weekday of each month, such as the second Tuesday. */
    MONTHLY_WEEKDAY(30.4375, 3, 10),
    QUARTERLY(91.3125, 5, 20),
    YEARLY(365.25, 7, 30);

    private final double averageDays;
    private final int toleranceDays;
    private final int graceDays;

    Cadence(double averageDays, int toleranceDays, int graceDays) {
        this.averageDays = averageDays;
        this.toleranceDays = toleranceDays;
        this.graceDays = graceDays;
    }

    double averageDays() {
        return averageDays;
    }

    public int toleranceDays() {
        return toleranceDays;
    }

    public int graceDays() {
        return graceDays;
    }
}
