package app.nestegg.vault.ledger.invest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The time-weighted return: the growth of the sub-periods between external flows chained together, (1 + r1)(1 + r2)…
 * − 1, so how much was put in or taken out, and when, does not count. Each sub-period's return is its end value (before
 * that day's flows, plus any cash it paid out) over its start value (after the flows that opened it); a period that
 * starts with nothing invested is left out.
 */
public final class TimeWeightedReturn {

    private static final MathContext MATH = MathContext.DECIMAL64;

    /** One sub-period: what was invested when it began and what it was worth, with cash paid out, when it ended. */
    public record Period(BigDecimal startValue, BigDecimal endValue) {}

    private TimeWeightedReturn() {}

    /** The chained return over all periods, or empty when no period had anything invested at its start. */
    public static Optional<BigDecimal> chain(List<Period> periods) {
        BigDecimal growth = BigDecimal.ONE;
        boolean any = false;
        for (Period period : periods) {
            if (period.startValue().signum() <= 0) {
                continue;
            }
            growth = growth.multiply(period.endValue().divide(period.startValue(), MATH), MATH);
            any = true;
        }
        return any
                ? Optional.of(growth.subtract(BigDecimal.ONE).setScale(10, RoundingMode.HALF_EVEN))
                : Optional.empty();
    }

    /** A return over {@code days} as a yearly rate, (1 + r)^(365 / days) − 1. */
    public static BigDecimal annualised(BigDecimal cumulative, long days) {
        double yearly = Math.pow(1 + cumulative.doubleValue(), 365.0 / days) - 1;
        return new BigDecimal(yearly, MATH).setScale(10, RoundingMode.HALF_EVEN);
    }
}
