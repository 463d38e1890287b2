package app.nestegg.vault.ledger.recurring;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How well days follow a recurrence: each day must land within the cadence's tolerance of an expected day of its own
 * (two days on one expected day refuse the fit), and at most a quarter of the expected days between the first and the
 * last may be missing.
 *
 * @param missing expected days between the first and the last with no occurrence
 * @param deviation the sum over the days of their distance to their expected day
 * @param lastIndex the index of the latest day's expected day
 */
record CadenceFit(Recurrence recurrence, int missing, long deviation, long lastIndex) {

    static Optional<CadenceFit> of(Recurrence recurrence, List<LocalDate> days) {
        Set<Long> used = new HashSet<>();
        long deviation = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (LocalDate day : days) {
            long index = recurrence.nearestIndex(day);
            long distance = recurrence.distance(day, index);
            if (distance > recurrence.cadence().toleranceDays() || !used.add(index)) {
                return Optional.empty();
            }
            deviation += distance;
            first = Math.min(first, index);
            last = Math.max(last, index);
        }
        int missing = (int) (last - first + 1 - days.size());
        if (missing > days.size() / 4) {
            return Optional.empty();
        }
        return Optional.of(new CadenceFit(recurrence, missing, deviation, last));
    }

    /** Whether this fit explains the days better: fewer missing days, then less deviation. */
    boolean betterThan(CadenceFit other) {
        if (missing != other.missing) {
            return missing < other.missing;
        }
        return deviation < other.deviation;
    }

    LocalDate next() {
        return recurrence.occurrence(lastIndex + 1);
    }
}
