package app.nestegg.vault.ledger.recurring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A cadence pinned to one occurrence: every expected day is counted from the anchor (so a series on the 31st comes
 * back to the 31st after February), never from the previous expected day.
 */
public record Recurrence(Cadence cadence, LocalDate anchor) {

    public Recurrence {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** The expected day {@code index} steps from the anchor (negative indices lie before it). */
    public LocalDate occurrence(long index) {
        return switch (cadence) {
            case WEEKLY -> anchor.plusWeeks(index);
            case BIWEEKLY -> anchor.plusWeeks(2 * index);
            case MONTHLY -> anchor.plusMonths(index);
            case MONTHLY_LAST_DAY -> anchor.plusMonths(index).with(TemporalAdjusters.lastDayOfMonth());
            case MONTHLY_WEEKDAY ->
                anchor.plusMonths(index).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth(), anchor.getDayOfWeek()));
            case QUARTERLY -> anchor.plusMonths(3 * index);
            case YEARLY -> anchor.plusYears(index);
        };
    }

    /** The index of the expected day nearest to {@code day}. */
    public long nearestIndex(LocalDate day) {
        long guess = roughIndex(day);
        long best = guess;
        for (long index = guess - 1; index <= guess + 1; index++) {
            if (distance(day, index) < distance(day, best)) {
                best = index;
            }
        }
        return best;
    }

    /** An index at most one step from the nearest one, counted in the calendar so no drift builds up over years. */
    private long roughIndex(LocalDate day) {
        long months = ChronoUnit.MONTHS.between(anchor.withDayOfMonth(1), day.withDayOfMonth(1));
        return switch (cadence) {
            case WEEKLY -> ChronoUnit.DAYS.between(anchor, day) / 7;
            case BIWEEKLY -> ChronoUnit.DAYS.between(anchor, day) / 14;
            case MONTHLY, MONTHLY_LAST_DAY, MONTHLY_WEEKDAY -> months;
            case QUARTERLY -> months / 3;
            case YEARLY -> months / 12;
        };
    }

    /** Days between {@code day} and the expected day of {@code index}. */
    public long distance(LocalDate day, long index) {
        return Math.abs(ChronoUnit.DAYS.between(occurrence(index), day));
    }

    /** The first expected day after {@code day}. */
    public LocalDate nextAfter(LocalDate day) {
        long index = nearestIndex(day);
        while (!occurrence(index).isAfter(day)) {
            index++;
        }
        while (occurrence(index - 1).isAfter(day)) {
            index--;
        }
        return occurrence(index);
    }

    /** Which weekday of its month the anchor is: 1 to 4, a fifth one counting as the fourth. */
    public int weekOfMonth() {
        return Math.min(4, (anchor.getDayOfMonth() - 1) / 7 + 1);
    }
}
