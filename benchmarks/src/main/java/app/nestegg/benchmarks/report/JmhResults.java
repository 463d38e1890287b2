package app.nestegg.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the files JMH writes with {@code -rf json}: an array of results, one per benchmark and parameter set. */
public final class JmhResults {

    private static final Map<String, Double> MILLIS_PER = Map.of(
            "ns/op", 1e-6,
            "us/op", 1e-3,
            "ms/op", 1.0,
            "s/op", 1e3,
            "min/op", 60e3);

    private JmhResults() {}

    /** Every result of every file, in the order given. */
    public static List<BenchmarkResult> read(List<Path> files) throws IOException {
        List<BenchmarkResult> results = new ArrayList<>();
        for (Path file : files) {
            results.addAll(read(file));
        }
        return results;
    }

    static List<BenchmarkResult> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result file: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result file: expected an array of results");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                results.add(result(root.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ", result " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return results;
    }

    private static BenchmarkResult result(JsonNode node) {
        String name = node.path("benchmark").asText("");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("has no benchmark name");
        }
        JsonNode metric = node.path("primaryMetric");
        String unit = metric.path("scoreUnit").asText("");
        Double millisPerUnit = MILLIS_PER.get(unit);
        if (millisPerUnit == null) {
            throw new IllegalArgumentException(name + " is in " + (unit.isEmpty() ? "no unit" : unit)
                    + "; the report reads times per operation (ns/op to min/op)");
        }
        List<Double> samples = new ArrayList<>();
        metric.path("rawData").forEach(fork -> fork.forEach(value -> samples.add(value.asDouble())));
        JsonNode median = metric.path("scorePercentiles").path("50.0");
        if (!median.isNumber() && samples.isEmpty()) {
            throw new IllegalArgumentException(name + " has neither a median nor raw data");
        }
        double medianValue = median.isNumber() ? median.asDouble() : median(samples);
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params")
                .properties()
                .forEach(entry -> params.put(entry.getKey(), entry.getValue().asText()));
        return new BenchmarkResult(
                name,
                params,
                medianValue * millisPerUnit,
                metric.path("score").asDouble(medianValue) * millisPerUnit,
                metric.path("scoreError").isNumber()
                        ? metric.path("scoreError").asDouble() * millisPerUnit
                        : Double.NaN,
                samples.size(),
                java(node));
    }

    private static double median(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String java(JsonNode node) {
        String version = node.path("jdkVersion").asText("");
        String vm = node.path("vmName").asText("");
        String vmVersion = node.path("vmVersion").asText("");
        if (version.isEmpty()) {
            return "";
        }
        return version + (vm.isEmpty() ? "" : " (" + vm + (vmVersion.isEmpty() ? "" : " " + vmVersion) + ")");
    }
}
