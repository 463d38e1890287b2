package app.nestegg.vault.ledger.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Single series through the detector: each cadence, the next expected day and amount, and what is not a series. */
class RecurringDetectorTest {

    static final UUID ACCOUNT = UUID.randomUUID();
    final RecurringDetector detector = new RecurringDetector();

    private static List<PastEntry> on(String payee, long amount, String... days) {
        List<PastEntry> entries = new ArrayList<>();
        for (String day : days) {
            entries.add(new PastEntry(LocalDate.parse(day), payee, amount, ACCOUNT));
        }
        return entries;
    }

    private DetectedSeries only(List<PastEntry> entries, String today) {
        List<DetectedSeries> found = detector.detect(entries, LocalDate.parse(today));
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    @Test
    void secondTuesdayOfTheMonthIsAWeekdaySeries() {
        DetectedSeries series =
                only(on("Piano lessons", -8000, "2026-08-11", "2026-09-08", "2026-10-13", "2026-11-10"), "2026-11-20");

        assertThat(series.cadence()).isEqualTo(Cadence.MONTHLY_WEEKDAY);
        assertThat(series.nextDate()).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(series.recurrence().weekOfMonth()).isEqualTo(2);
    }

    @Test
    void monthEndsAreALastDaySeries() {
        DetectedSeries series = only(on("Rent", -120000, "2026-08-31", "2026-09-30", "2026-10-31"), "2026-11-02");

        assertThat(series.cadence()).isEqualTo(Cadence.MONTHLY_LAST_DAY);
        assertThat(series.nextDate()).isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void aLatePaymentKeepsTheMonthlyDay() {
        DetectedSeries series = only(
                on("Gym", -4500, "2026-05-15", "2026-06-15", "2026-07-16", "2026-08-15", "2026-09-15"), "2026-09-20");

        assertThat(series.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(series.nextDate()).isEqualTo(LocalDate.parse("2026-10-15"));
    }

    @Test
    void weeklyBiweeklyQuarterlyAndYearlySeriesAreFound() {
        List<PastEntry> entries = new ArrayList<>();
        entries.addAll(on("Cleaner", -6000, "2026-10-30", "2026-11-06", "2026-11-13", "2026-11-20"));
        entries.addAll(on("Employer", 210000, "2026-10-02", "2026-10-16", "2026-10-30", "2026-11-13"));
        entries.addAll(on("Water board", -9000, "2026-02-20", "2026-05-20", "2026-08-21", "2026-11-20"));
        entries.addAll(on("Domain", -1500, "2024-03-03", "2025-03-03", "2026-03-04"));

        assertThat(detector.detect(entries, LocalDate.parse("2026-11-22")))
                .extracting(DetectedSeries::payee, DetectedSeries::cadence)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("Cleaner", Cadence.WEEKLY),
                        Tuple.tuple("Employer", Cadence.BIWEEKLY),
                        Tuple.tuple("Water board", Cadence.QUARTERLY),
                        Tuple.tuple("Domain", Cadence.YEARLY));
    }

    @Test
    void aWobblingBillKeepsItsMedianAndExpectsItsLatestAmount() {
        List<PastEntry> entries = new ArrayList<>();
        entries.addAll(on("City Power #4411", -10000, "2026-08-05"));
        entries.addAll(on("CITY POWER #4412", -10800, "2026-09-05"));
        entries.addAll(on("City power #4413", -9400, "2026-10-06"));
        entries.addAll(on("City power #4414", -10300, "2026-11-05"));

        DetectedSeries series = only(entries, "2026-11-27");

        assertThat(series.payeeKey()).isEqualTo("city power");
        assertThat(series.typicalAmount()).isEqualTo(-10000);
        assertThat(series.nextAmount()).isEqualTo(-10300);
        assertThat(series.occurrences()).hasSize(4);
    }

    @Test
    void twoOccurrencesAStoppedSeriesAndIrregularPurchasesAreNoSeries() {
        List<PastEntry> entries = new ArrayList<>();
        entries.addAll(on("Trial", -999, "2026-09-27", "2026-10-27"));
        entries.addAll(on("Old magazine", -1200, "2026-03-10", "2026-04-10", "2026-05-10", "2026-06-10"));
        entries.addAll(on("Grocer", -4000, "2026-10-01", "2026-10-04", "2026-10-13", "2026-10-15", "2026-11-02"));

        assertThat(detector.detect(entries, LocalDate.parse("2026-11-27"))).isEmpty();
    }

    @Test
    void differentAmountsAtOnePayeeAreSeparateSeries() {
        List<PastEntry> entries = new ArrayList<>();
        entries.addAll(on("Streamer", -999, "2026-09-03", "2026-10-03", "2026-11-03"));
        entries.addAll(on("Streamer", -2999, "2026-03-15", "2026-06-15", "2026-09-15"));

        assertThat(detector.detect(entries, LocalDate.parse("2026-11-10")))
                .extracting(DetectedSeries::typicalAmount, DetectedSeries::cadence)
                .containsExactlyInAnyOrder(Tuple.tuple(-999L, Cadence.MONTHLY), Tuple.tuple(-2999L, Cadence.QUARTERLY));
    }
}
