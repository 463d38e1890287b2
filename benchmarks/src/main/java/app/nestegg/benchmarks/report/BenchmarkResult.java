package app.nestegg.benchmarks.report;

import java.util.Map;

/**
 * One benchmark's result from a JMH JSON file, its times in milliseconds.
 *
 * @param name the benchmark's full name, e.g. {@code app.nestegg.benchmarks.LedgerBenchmark.balances}
 * @param params its JMH parameters, as given
 * @param medianMillis the median over every measured iteration
 * @param meanMillis JMH's score
 * @param errorMillis JMH's 99.9 % error of the mean, NaN where JMH gave none
 * @param samples how many measured iterations there were
 * @param java the JVM that ran it, or empty where the file does not say
 */
public record BenchmarkResult(
        String name,
        Map<String, String> params,
        double medianMillis,
        double meanMillis,
        double errorMillis,
        int samples,
        String java) {

    public BenchmarkResult {
        params = Map.copyOf(params);
    }

    /** The name without the package: {@code LedgerBenchmark.balances}. */
    public String shortName() {
        String prefix = "app.nestegg.benchmarks.";
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
