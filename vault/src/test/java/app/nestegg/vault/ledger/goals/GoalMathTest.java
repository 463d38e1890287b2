package app.nestegg.vault.ledger.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Months left, the amount needed per month and the projection, on dates chosen to catch calendar edge cases. */
class GoalMathTest {

    private static final Currency USD = Currency.getInstance("USD");

    @ParameterizedTest(name = "{0} to {1}: {2} months")
    @CsvSource({
        "2026-11-27, 2026-11-30, 1", // a date later this month
        "2026-11-27, 2026-12-27, 1",
        "2026-11-27, 2026-12-28, 2", // a day past a whole month starts another
        "2026-11-27, 2027-11-27, 12",
        "2027-01-31, 2027-02-28, 1", // month end to a shorter month's end
        "2027-01-31, 2027-03-01, 2",
        "2027-01-31, 2027-03-31, 2",
        "2028-01-31, 2028-02-29, 1", // leap year
        "2028-02-29, 2029-02-28, 12", // a leap day to the next year's end of February
        "2026-11-27, 2026-11-27, 0", // today
        "2026-11-27, 2026-10-01, 0", // already past
    })
    void countsStartedMonthsAsWholeOnes(LocalDate today, LocalDate target, int months) {
        assertThat(GoalMath.monthsLeft(today, target)).isEqualTo(months);
    }

    @ParameterizedTest(name = "{0} over {1} months: {2}")
    @CsvSource({"100000, 4, 25000", "100000, 3, 33334", "1, 12, 1", "0, 5, 0", "5000, 0, 5000"})
    void neededPerMonthIsRoundedUpSoThatSavingItReachesTheTarget(long remaining, int months, long needed) {
        assertThat(GoalMath.neededPerMonth(new Money(remaining, USD), months)).isEqualTo(new Money(needed, USD));
    }

    @ParameterizedTest(name = "today {0}, {1} left, grew {2}: {3}")
    @CsvSource({
        "2026-11-27, 30000, 30000, 2027-02-27", // 92-day window (Aug 27 to Nov 27): the same again
        "2026-11-27, 1, 30000, 2026-11-28", // part of a day rounds up
        "2028-05-29, 10000, 10000, 2028-08-27", // window Feb 29 to May 29 in a leap year: 90 days
        "2026-11-27, 30000, 0, ", // no growth: no projection
        "2026-11-27, 30000, -500, ", // shrinking: no projection
        "2026-11-27, 0, 30000, ", // reached: nothing to project
    })
    void projectsCompletionByExtendingTheLastThreeMonthsGrowth(
            LocalDate today, long remaining, long growth, LocalDate expected) {
        assertThat(GoalMath.projectedCompletion(today, new Money(remaining, USD), new Money(growth, USD)))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @org.junit.jupiter.api.Test
    void aProjectionBeyondTheLedgersLastDateIsNone() {
        assertThat(GoalMath.projectedCompletion(
                        LocalDate.of(2026, 11, 27), new Money(Long.MAX_VALUE / 100, USD), new Money(1, USD)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource({
        "0, 100, 0.0000",
        "-50, 100, 0.0000",
        "9999, 10000, 0.9999",
        "10000, 10000, 1.0000",
        "20000, 100, 1.0000"
    })
    void fractionStaysBetweenZeroAndOneAndOnlyReachesOneWhenReached(long saved, long target, String fraction) {
        assertThat(GoalMath.fraction(new Money(saved, USD), new Money(target, USD)))
                .isEqualByComparingTo(fraction);
    }
}
