package app.nestegg.vault.ledger.goals;

import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The arithmetic of goal progress, on amounts already in the goal's currency.
 *
 * <ul>
 *   <li><b>Months left</b>: the calendar months from today to the target date, a started month counting as a whole
 *       one (today 31 January, target 28 February: 1; target 1 March: 2); 0 when the date is today or past.
 *   <li><b>Needed per month</b>: the remaining amount over the months left (over 1 when none are), rounded up to the
 *       minor unit so that saving it every month reaches the target.
 *   <li><b>Pace</b>: the growth of the saved amount from the same day {@value #PACE_MONTHS} months ago to today. The
 *       projection extends that growth day by day: the completion day is today plus the remaining amount times the
 *       days of that window over the growth, rounded up to a whole day.
 * </ul>
 */
final class GoalMath {

    static final int PACE_MONTHS = 3;

    private GoalMath() {}

    static int monthsLeft(LocalDate today, LocalDate targetDate) {
        if (!targetDate.isAfter(today)) {
            return 0;
        }
        Period period = Period.between(today, targetDate);
        return Math.toIntExact(period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0));
    }

    static Money neededPerMonth(Money remaining, int monthsLeft) {
        long months = Math.max(1, monthsLeft);
        return new Money(Math.ceilDiv(remaining.minor(), months), remaining.currency());
    }

    static LocalDate paceStart(LocalDate today) {
        return today.minusMonths(PACE_MONTHS);
    }

    /** The growth over the pace window as an amount per month, rounded half-even to the minor unit. */
    static Money monthlyPace(Money growth) {
        return new Money(
                BigDecimal.valueOf(growth.minor())
                        .divide(BigDecimal.valueOf(PACE_MONTHS), 0, RoundingMode.HALF_EVEN)
                        .longValueExact(),
                growth.currency());
    }

    static Optional<LocalDate> projectedCompletion(LocalDate today, Money remaining, Money growth) {
        if (remaining.signum() <= 0 || growth.signum() <= 0) {
            return Optional.empty();
        }
        BigInteger windowDays = BigInteger.valueOf(ChronoUnit.DAYS.between(paceStart(today), today));
        BigInteger[] division = BigInteger.valueOf(remaining.minor())
                .multiply(windowDays)
                .divideAndRemainder(BigInteger.valueOf(growth.minor()));
        BigInteger days = division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
        if (days.compareTo(BigInteger.valueOf(ChronoUnit.DAYS.between(today, LedgerText.LATEST))) > 0) {
            return Optional.empty();
        }
        return Optional.of(today.plusDays(days.longValueExact()));
    }

    static BigDecimal fraction(Money saved, Money target) {
        if (saved.signum() <= 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        if (saved.compareTo(target) >= 0) {
            return BigDecimal.ONE.setScale(4);
        }
        return BigDecimal.valueOf(saved.minor()).divide(BigDecimal.valueOf(target.minor()), 4, RoundingMode.DOWN);
    }

    static GoalProgress progress(Goal goal, LocalDate today, Money saved, Money savedAtPaceStart) {
        Money target = goal.target();
        Money remaining = saved.compareTo(target) >= 0 ? Money.zero(target.currency()) : target.minus(saved);
        boolean reached = remaining.isZero();
        Money growth = saved.minus(savedAtPaceStart);
        OptionalInt monthsLeft = OptionalInt.empty();
        Optional<Money> needed = Optional.empty();
        boolean overdue = false;
        if (goal.targetDate() != null) {
            int months = monthsLeft(today, goal.targetDate());
            monthsLeft = OptionalInt.of(months);
            needed = Optional.of(neededPerMonth(remaining, months));
            overdue = !reached && goal.targetDate().isBefore(today);
        }
        return new GoalProgress(
                goal,
                today,
                saved,
                remaining,
                fraction(saved, target),
                reached,
                monthsLeft,
                needed,
                monthlyPace(growth),
                projectedCompletion(today, remaining, growth),
                overdue);
    }
}
