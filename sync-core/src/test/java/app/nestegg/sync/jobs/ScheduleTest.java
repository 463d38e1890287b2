package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Schedule DAILY = new Schedule.DailyAt(LocalTime.of(2, 0));
    private static final Schedule SIX_HOURS = new Schedule.Every(Duration.ofHours(6));

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void anIntervalJobRunsOnceWhenDueHoweverManyIntervalsWereMissed() {
        Instant now = at("2026-11-27T10:00:00Z");

        assertThat(SIX_HOURS.due(null, now, UTC, 10)).containsExactly(now);
        assertThat(SIX_HOURS.due(now.minus(Duration.ofHours(5)), now, UTC, 10)).isEmpty();
        assertThat(SIX_HOURS.due(now.minus(Duration.ofHours(6)), now, UTC, 10)).containsExactly(now);
        assertThat(SIX_HOURS.due(now.minus(Duration.ofDays(9)), now, UTC, 10)).containsExactly(now);
        assertThat(SIX_HOURS.next(now.minus(Duration.ofHours(5)), now, UTC)).isEqualTo(at("2026-11-27T11:00:00Z"));
    }

    @Test
    void aDailyJobThatNeverRanRunsForTheLatestDayThatIsDue() {
        assertThat(DAILY.due(null, at("2026-11-27T10:00:00Z"), UTC, 10)).containsExactly(at("2026-11-27T02:00:00Z"));
        assertThat(DAILY.due(null, at("2026-11-27T01:59:59Z"), UTC, 10)).containsExactly(at("2026-11-26T02:00:00Z"));
        assertThat(DAILY.due(null, at("2026-11-27T02:00:00Z"), UTC, 10)).containsExactly(at("2026-11-27T02:00:00Z"));
    }

    @Test
    void aDailyJobCatchesUpEachMissedDayOldestFirst() {
        Instant settled = at("2026-11-24T02:00:00Z");

        assertThat(DAILY.due(settled, at("2026-11-27T10:00:00Z"), UTC, 10))
                .containsExactly(at("2026-11-25T02:00:00Z"), at("2026-11-26T02:00:00Z"), at("2026-11-27T02:00:00Z"));
        assertThat(DAILY.due(settled, at("2026-11-27T10:00:00Z"), UTC, 2))
                .as("the newest when more are missed than are caught up")
                .containsExactly(at("2026-11-26T02:00:00Z"), at("2026-11-27T02:00:00Z"));
        assertThat(DAILY.due(at("2026-11-27T02:00:00Z"), at("2026-11-27T23:00:00Z"), UTC, 10))
                .isEmpty();
        assertThat(DAILY.next(at("2026-11-27T02:00:00Z"), at("2026-11-27T23:00:00Z"), UTC))
                .isEqualTo(at("2026-11-28T02:00:00Z"));
    }

    @Test
    void aDailyTimeFollowsTheLocalClockAcrossDaylightSaving() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Schedule twoThirty = new Schedule.DailyAt(LocalTime.of(2, 30));

        // 29 March 2026: clocks go from 02:00 to 03:00, so 02:30 does not exist and the run moves to 03:30 (01:30Z)
        assertThat(twoThirty.due(at("2026-03-28T01:30:00Z"), at("2026-03-30T12:00:00Z"), berlin, 10))
                .containsExactly(at("2026-03-29T01:30:00Z"), at("2026-03-30T00:30:00Z"));
    }

    @Test
    void anIntervalMustBePositive() {
        assertThatThrownBy(() -> new Schedule.Every(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
