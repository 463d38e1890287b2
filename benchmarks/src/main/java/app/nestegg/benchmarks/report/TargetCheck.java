package app.nestegg.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Judges a target against a set of results. */
public final class TargetCheck {

    private TargetCheck() {}

    public static List<Outcome> judgeAll(List<Target> targets, List<BenchmarkResult> results) {
        return targets.stream().map(target -> judge(target, results)).toList();
    }

    public static Outcome judge(Target target, List<BenchmarkResult> results) {
        List<String> missing = new ArrayList<>();
        List<BenchmarkResult> found = new ArrayList<>();
        for (BenchmarkReference reference : target.benchmarks()) {
            reference.find(results).ifPresentOrElse(found::add, () -> missing.add(reference.toString()));
        }
        OptionalDouble measured = missing.isEmpty() ? OptionalDouble.of(value(target, found)) : OptionalDouble.empty();
        Optional<BenchmarkResult> baselineResult =
                target.baselineReference().flatMap(reference -> reference.find(results));
        OptionalDouble baseline = baselineResult
                .map(result -> OptionalDouble.of(value(target, List.of(result))))
                .orElse(OptionalDouble.empty());
        OptionalDouble ratio = measured.isPresent() && baseline.isPresent() && baseline.getAsDouble() != 0
                ? OptionalDouble.of(measured.getAsDouble() / baseline.getAsDouble())
                : OptionalDouble.empty();
        if (target.check() == Check.RATIO && baselineResult.isEmpty()) {
            missing.add(target.baseline().toString());
        }
        return new Outcome(target, status(target, missing, measured, ratio), measured, baseline, ratio, missing);
    }

    private static Status status(Target target, List<String> missing, OptionalDouble measured, OptionalDouble ratio) {
        if (!missing.isEmpty()) {
            return Status.NOT_MEASURED;
        }
        double checked = switch (target.check()) {
            case COMPLETES -> Double.NaN;
            case RATIO -> ratio.orElse(Double.NaN);
            case TIME, RATE -> measured.getAsDouble();
        };
        if (target.check() == Check.COMPLETES) {
            return Status.MET;
        }
        if (Double.isNaN(checked)) {
            return Status.NOT_MEASURED;
        }
        return target.withinBounds(checked) ? Status.MET : Status.MISSED;
    }

    /** The benchmarks' value in the target's base unit: summed times, or one benchmark's rate. */
    private static double value(Target target, List<BenchmarkResult> results) {
        String unit = Outcome.baseUnit(target);
        boolean rate = target.check() == Check.RATE || (target.check() == Check.RATIO && target.per() != null);
        if (rate) {
            BenchmarkResult result = results.getFirst();
            String count = result.params().get(target.per());
            if (count == null) {
                throw new IllegalArgumentException(target.name() + ": " + result.shortName() + " has no parameter \""
                        + target.per() + "\" to count " + unit + " by");
            }
            return Double.parseDouble(count) / (result.medianMillis() / 1000);
        }
        double millis =
                results.stream().mapToDouble(BenchmarkResult::medianMillis).sum();
        return "s".equals(unit) ? millis / 1000 : millis;
    }
}
