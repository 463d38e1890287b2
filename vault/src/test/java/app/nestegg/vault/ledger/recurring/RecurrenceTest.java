package app.nestegg.vault.ledger.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected days counted from the anchor, never from the day before, so no month drifts. */
class RecurrenceTest {

    @ParameterizedTest
    @CsvSource({
        "MONTHLY, 2026-01-31, 2026-02-10, 2026-02-28",
        "MONTHLY, 2026-01-31, 2026-02-28, 2026-03-31",
        "MONTHLY_LAST_DAY, 2026-01-31, 2026-03-31, 2026-04-30",
        "MONTHLY_WEEKDAY, 2026-11-10, 2026-11-10, 2026-12-08",
        "MONTHLY_WEEKDAY, 2026-10-27, 2026-10-27, 2026-11-24",
        "BIWEEKLY, 2026-11-06, 2026-11-06, 2026-11-20",
        "QUARTERLY, 2025-11-30, 2026-03-01, 2026-05-30",
        "YEARLY, 2024-02-29, 2026-01-01, 2026-02-28"
    })
    void nextExpectedDay(Cadence cadence, LocalDate anchor, LocalDate after, LocalDate next) {
        assertThat(new Recurrence(cadence, anchor).nextAfter(after)).isEqualTo(next);
    }
}
