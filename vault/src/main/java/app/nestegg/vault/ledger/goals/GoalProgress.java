package app.nestegg.vault.ledger.goals;

import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How far a goal is on a day, for the command line, the goals page and the dashboard. Every amount is in the goal's
 * currency; see {@link GoalMath} for how months, the pace and the projection are counted.
 *
 * @param saved what counts as saved on {@code asOf}: the linked accounts' balances or the contributions up to then
 * @param remaining what is still missing, never below zero
 * @param fraction saved over target, between 0 and 1 (rounded down to four decimals, so 1 means reached)
 * @param reached whether the saved amount is at least the target
 * @param monthsLeft the months left to the target date (0 when it is today or past); empty without a date
 * @param neededPerMonth the amount to save each month to reach the target by its date; zero once reached, empty
 *     without a date
 * @param monthlyPace the average growth of the saved amount per month over the last {@link GoalMath#PACE_MONTHS}
 *     months (negative when it shrank)
 * @param projectedCompletion the day the target is reached at that pace; empty when reached, when the pace is zero or
 *     negative, or when the day would fall after the last date the ledger holds
 * @param overdue whether the target date has passed without the target being reached
 */
public record GoalProgress(
        Goal goal,
        LocalDate asOf,
        Money saved,
        Money remaining,
        BigDecimal fraction,
        boolean reached,
        OptionalInt monthsLeft,
        Optional<Money> neededPerMonth,
        Money monthlyPace,
        Optional<LocalDate> projectedCompletion,
        boolean overdue) {

    public GoalProgress {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(monthsLeft, "monthsLeft");
        Objects.requireNonNull(neededPerMonth, "neededPerMonth");
        Objects.requireNonNull(monthlyPace, "monthlyPace");
        Objects.requireNonNull(projectedCompletion, "projectedCompletion");
    }

    /** The progress as a whole percentage, rounded down (a goal at 99.9 % shows 99). */
    public int percent() {
        return fraction.movePointRight(2).intValue();
    }
}
