package app.nestegg.vault.ledger.dashboard;

import java.time.LocalDate;

/** How far back the dashboard's net-worth chart reaches. */
public enum DashboardRange {
    ONE_MONTH(1),
    SIX_MONTHS(6),
    ONE_YEAR(12),
    ALL(0);

    private final int months;

    DashboardRange(int months) {
        this.months = months;
    }

    /** The chart's first day: {@code months} before today, or the first account's opening day for {@link #ALL}. */
    public LocalDate start(LocalDate today, LocalDate firstOpening) {
        LocalDate start = this == ALL ? firstOpening : today.minusMonths(months);
        return start.isAfter(today) ? today : start;
    }
}
