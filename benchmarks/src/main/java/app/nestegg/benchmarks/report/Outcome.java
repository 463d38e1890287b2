package app.nestegg.benchmarks.report;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A target judged against the results.
 *
 * @param target the target
 * @param status met, missed or not measured
 * @param measured the measured value in {@link #baseUnit()}, if measured
 * @param baseline the baseline in the same unit, if measured
 * @param ratio measured ÷ baseline, if both were measured
 * @param missing the benchmarks that had no result
 */
public record Outcome(
        Target target,
        Status status,
        OptionalDouble measured,
        OptionalDouble baseline,
        OptionalDouble ratio,
        List<String> missing) {

    public Outcome {
        missing = List.copyOf(missing);
    }

    /** The unit of the measured value and the baseline: the target's, or for a ratio what it divides. */
    public String baseUnit() {
        return baseUnit(target);
    }

    static String baseUnit(Target target) {
        if (target.check() != Check.RATIO) {
            return target.unit();
        }
        return target.per() == null ? "ms" : target.per() + "/s";
    }
}
