package app.nestegg.vault.ledger.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Money;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What the goal arithmetic promises, on any day from 1999 to about 2060 and any amount. */
class GoalMathProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate FIRST = LocalDate.of(1999, 1, 1);

    @Property(tries = 2000)
    void monthsLeftIsTheFewestWholeMonthsThatReachTheDate(
            @ForAll @IntRange(min = 0, max = 22_000) int todayOffset,
            @ForAll @IntRange(min = 1, max = 4_000) int days) {
        LocalDate today = FIRST.plusDays(todayOffset);
        LocalDate target = today.plusDays(days);

        int months = GoalMath.monthsLeft(today, target);

        assertThat(months).isPositive();
        assertThat(today.plusMonths(months)).isAfterOrEqualTo(target);
        assertThat(today.plusMonths(months - 1L)).isBefore(target);
    }

    @Property(tries = 2000)
    void savingTheNeededAmountEachMonthReachesTheTargetWithLessThanAMonthsRoundingOver(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long remaining,
            @ForAll @IntRange(min = 0, max = 2_400) int months) {
        long needed = GoalMath.neededPerMonth(new Money(remaining, USD), months).minor();
        long paid = Math.max(1, months);

        assertThat(needed * paid).isGreaterThanOrEqualTo(remaining);
        assertThat((needed - 1) * paid).isLessThan(remaining);
    }

    @Property(tries = 2000)
    void theProjectedDayIsTheFirstOnWhichThePaceCoversTheRemainder(
            @ForAll @IntRange(min = 0, max = 22_000) int todayOffset,
            @ForAll @LongRange(min = 1, max = 1_000_000) long remaining,
            @ForAll @LongRange(min = 10_000, max = 100_000_000) long growth) {
        LocalDate today = FIRST.plusDays(todayOffset);
        long window = ChronoUnit.DAYS.between(GoalMath.paceStart(today), today);

        LocalDate projected = GoalMath.projectedCompletion(today, new Money(remaining, USD), new Money(growth, USD))
                .orElseThrow();

        long days = ChronoUnit.DAYS.between(today, projected);
        BigInteger needed = BigInteger.valueOf(remaining).multiply(BigInteger.valueOf(window));
        assertThat(BigInteger.valueOf(growth).multiply(BigInteger.valueOf(days)))
                .isGreaterThanOrEqualTo(needed);
        assertThat(BigInteger.valueOf(growth).multiply(BigInteger.valueOf(days - 1)))
                .isLessThan(needed);
    }
}
