package app.nestegg.vault.ledger.recurring;

/**
 * How often a recurring series comes, with how far from its expected day an occurrence may land ({@code toleranceDays})
 * and how long after its expected day a missing occurrence still counts as late rather than stopped
 * ({@code graceDays}).
 */
public enum Cadence {
    WEEKLY(1, 4),
    BIWEEKLY(2, 7),
    /** The same day of each month (the 31st falls back to the month's last day). */
    MONTHLY(3, 10),
    MONTHLY_LAST_DAY(3, 10),
    /** The same n-th weekday of each month, such as the second Tuesday. */
    MONTHLY_WEEKDAY(3, 10),
    QUARTERLY(5, 20),
    YEARLY(7, 30);

    private final int toleranceDays;
    private final int graceDays;

    Cadence(int toleranceDays, int graceDays) {
        this.toleranceDays = toleranceDays;
        this.graceDays = graceDays;
    }

    public int toleranceDays() {
        return toleranceDays;
    }

    public int graceDays() {
        return graceDays;
    }
}
