package app.nestegg.sync.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/** When a job's runs are planned. */
public sealed interface Schedule {

    /**
     * The planned runs due at {@code now}, oldest first, at most {@code max} (the newest ones when more are due).
     *
     * @param settled the planned time of the last run that is over (succeeded, or out of attempts), or null when the
     *     job never ran
     */
    List<Instant> due(Instant settled, Instant now, ZoneId zone, int max);

    /** The next planned time after {@code settled} (or from {@code now} when it never ran), for showing. */
    Instant next(Instant settled, Instant now, ZoneId zone);

    /** Every {@code interval}: one run when the interval since the last one passed, however many were missed. */
    record Every(Duration interval) implements Schedule {

        public Every {
            if (interval == null || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("an interval must be positive");
            }
        }

        @Override
        public List<Instant> due(Instant settled, Instant now, ZoneId zone, int max) {
            return settled == null || !now.isBefore(settled.plus(interval)) ? List.of(now) : List.of();
        }

        @Override
        public Instant next(Instant settled, Instant now, ZoneId zone) {
            return settled == null ? now : settled.plus(interval);
        }
    }

    /**
     * Daily at a local time: every missed day is a run of its own, so work that is per day (a snapshot) catches up
     * day by day. The first time, only the latest day that is due.
     */
    record DailyAt(LocalTime time) implements Schedule {

        public DailyAt {
            Objects.requireNonNull(time, "time");
        }

        @Override
        public List<Instant> due(Instant settled, Instant now, ZoneId zone, int max) {
            Instant latest = latestAtOrBefore(now, zone);
            if (settled == null) {
                return List.of(latest);
            }
            Deque<Instant> runs = new ArrayDeque<>();
            LocalDate day = LocalDate.ofInstant(latest, zone);
            Instant planned = latest;
            while (planned.isAfter(settled) && runs.size() < max) {
                runs.addFirst(planned);
                day = day.minusDays(1);
                planned = day.atTime(time).atZone(zone).toInstant();
            }
            return List.copyOf(runs);
        }

        @Override
        public Instant next(Instant settled, Instant now, ZoneId zone) {
            if (settled == null) {
                return latestAtOrBefore(now, zone);
            }
            return LocalDate.ofInstant(settled, zone)
                    .plusDays(1)
                    .atTime(time)
                    .atZone(zone)
                    .toInstant();
        }

        private Instant latestAtOrBefore(Instant now, ZoneId zone) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            Instant todays = today.atTime(time).atZone(zone).toInstant();
            return todays.isAfter(now)
                    ? today.minusDays(1).atTime(time).atZone(zone).toInstant()
                    : todays;
        }
    }
}
