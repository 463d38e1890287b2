package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ArchitectureExemption;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The money-weighted return: the yearly rate r at which the dated cash flows, discounted to the first flow's day as
 * amount / (1 + r)^(days / 365), add up to zero, as spreadsheets' XIRR computes it. Newton's method from 10 % finds it;
 * when Newton wanders off, bisection between rates where the sum changes sign does. The arithmetic is in doubles: the
 * result is a rate, not money, and is rounded to ten decimals.
 */
@ArchitectureExemption(
        rule = "noFloatingPointFields",
        reason = "the solver's tolerance and brackets are rates in a numerical search, not money; the result is a"
                + " BigDecimal")
public final class Xirr {

    private static final double TOLERANCE = 1e-10;
    private static final int NEWTON_STEPS = 100;
    private static final double[] BRACKETS = {-0.999999, -0.99, -0.9, -0.5, 0, 0.5, 1, 2, 5, 10, 100, 1000, 1e6};

    private Xirr() {}

    /** The rate, or empty when the flows do not include both money in and money out, or no rate solves them. */
    public static Optional<BigDecimal> rate(List<CashFlow> flows) {
        if (flows.stream().noneMatch(f -> f.amount().signum() > 0)
                || flows.stream().noneMatch(f -> f.amount().signum() < 0)) {
            return Optional.empty();
        }
        var first = flows.stream()
                .map(CashFlow::date)
                .min(java.time.LocalDate::compareTo)
                .orElseThrow();
        double[] years = new double[flows.size()];
        double[] amounts = new double[flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            years[i] = ChronoUnit.DAYS.between(first, flows.get(i).date()) / 365.0;
            amounts[i] = flows.get(i).amount().doubleValue();
        }
        Double rate = newton(years, amounts);
        if (rate == null) {
            rate = bisection(years, amounts);
        }
        return rate == null
                ? Optional.empty()
                : Optional.of(
                        new BigDecimal(rate, MathContext.DECIMAL64).setScale(10, java.math.RoundingMode.HALF_EVEN));
    }

    private static Double newton(double[] years, double[] amounts) {
        double rate = 0.1;
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double value = 0;
            double slope = 0;
            for (int i = 0; i < years.length; i++) {
                double discount = Math.pow(1 + rate, -years[i]);
                value += amounts[i] * discount;
                slope -= years[i] * amounts[i] * discount / (1 + rate);
            }
            if (slope == 0 || !Double.isFinite(value)) {
                return null;
            }
            double next = rate - value / slope;
            if (!Double.isFinite(next) || next <= -1) {
                return null;
            }
            if (Math.abs(next - rate) < TOLERANCE) {
                return next;
            }
            rate = next;
        }
        return null;
    }

    private static Double bisection(double[] years, double[] amounts) {
        for (int b = 0; b + 1 < BRACKETS.length; b++) {
            double low = BRACKETS[b];
            double high = BRACKETS[b + 1];
            double lowValue = presentValue(years, amounts, low);
            double highValue = presentValue(years, amounts, high);
            if (Math.signum(lowValue) == Math.signum(highValue)) {
                continue;
            }
            for (int step = 0; step < 300 && high - low > TOLERANCE; step++) {
                double middle = (low + high) / 2;
                double middleValue = presentValue(years, amounts, middle);
                if (Math.signum(middleValue) == Math.signum(lowValue)) {
                    low = middle;
                    lowValue = middleValue;
                } else {
                    high = middle;
                }
            }
            return (low + high) / 2;
        }
        return null;
    }

    private static double presentValue(double[] years, double[] amounts, double rate) {
        double value = 0;
        for (int i = 0; i < years.length; i++) {
            value += amounts[i] * Math.pow(1 + rate, -years[i]);
        }
        return value;
    }
}
