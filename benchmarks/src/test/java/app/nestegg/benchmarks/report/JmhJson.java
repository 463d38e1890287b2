package app.nestegg.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes result files shaped as JMH's {@code -rf json} output, for the report's tests. */
final class JmhJson {

    private JmhJson() {}

    static String result(String benchmark, Map<String, String> params, String unit, double... samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double mean = Arrays.stream(samples).average().orElseThrow();
        String paramsJson = params.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));
        String raw = Arrays.stream(samples).mapToObj(Double::toString).collect(Collectors.joining(","));
        return """
                {"jmhVersion":"1.37","benchmark":"app.nestegg.benchmarks.%s","mode":"ss","threads":1,"forks":1,
                 "jvm":"/usr/lib/jvm/temurin-25-jdk-amd64/bin/java","jdkVersion":"25.0.3","vmName":"OpenJDK 64-Bit Server VM",
                 "vmVersion":"25.0.3+9-LTS","params":{%s},
                 "primaryMetric":{"score":%s,"scoreError":1.5,"scoreConfidence":[0,0],
                   "scorePercentiles":{"0.0":%s,"50.0":%s,"100.0":%s},"scoreUnit":"%s","rawData":[[%s]]},
                 "secondaryMetrics":{}}
                """.formatted(benchmark, paramsJson, mean, sorted[0], median, sorted[sorted.length - 1], unit, raw);
    }

    static Path file(Path folder, String name, List<String> results) throws IOException {
        return Files.writeString(folder.resolve(name), "[" + String.join(",", results) + "]");
    }
}
