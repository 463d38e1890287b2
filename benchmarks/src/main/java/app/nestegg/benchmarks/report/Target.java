package app.nestegg.benchmarks.report;

import java.util.List;
import java.util.Optional;

/**
 * One performance target from {@code benchmarks/targets.yaml}.
 *
 * @param name what the product brief or issue promises, in words
 * @param benchmarks the benchmarks whose medians make the measured value (summed for a time)
 * @param check how the value is formed and compared
 * @param atMost the upper bound, or null
 * @param atLeast the lower bound, or null
 * @param unit the unit of the value and bounds: ms or s for a time, e.g. rows/s for a rate
 * @param per for a rate: the JMH parameter holding the number of items, e.g. rows
 * @param condition for {@link Check#COMPLETES}: the condition in words, e.g. "finishes in a 256 MiB heap"
 * @param baseline the raw baseline measured beside it, or null
 * @param reasonIfMissed why the target is missed today, shown when it is
 */
public record Target(
        String name,
        List<BenchmarkReference> benchmarks,
        Check check,
        Double atMost,
        Double atLeast,
        String unit,
        String per,
        String condition,
        BenchmarkReference baseline,
        String reasonIfMissed) {

    public Target {
        benchmarks = List.copyOf(benchmarks);
    }

    Optional<BenchmarkReference> baselineReference() {
        return Optional.ofNullable(baseline);
    }

    boolean withinBounds(double value) {
        return (atMost == null || value <= atMost) && (atLeast == null || value >= atLeast);
    }
}
