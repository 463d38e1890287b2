package app.nestegg.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A benchmark named in the targets file: {@code Class.method}, optionally with the parameters a result must have, as
 * {@code StorageInsertBenchmark.insert [cipher=AES, indexes=6]}.
 */
public record BenchmarkReference(String name, Map<String, String> params) {

    public BenchmarkReference {
        params = Map.copyOf(params);
    }

    static BenchmarkReference parse(String text) {
        String trimmed = text.strip();
        int bracket = trimmed.indexOf('[');
        if (bracket < 0) {
            return new BenchmarkReference(trimmed, Map.of());
        }
        if (!trimmed.endsWith("]")) {
            throw new IllegalArgumentException(
                    "benchmark \"" + text + "\": parameters go in brackets at the end, as Class.method [name=value]");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : trimmed.substring(bracket + 1, trimmed.length() - 1).split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException(
                        "benchmark \"" + text + "\": \"" + pair.strip() + "\" is not a name=value parameter");
            }
            params.put(parts[0].strip(), parts[1].strip());
        }
        return new BenchmarkReference(trimmed.substring(0, bracket).strip(), params);
    }

    /** The last result of this benchmark with these parameters: a later file overrides an earlier one. */
    Optional<BenchmarkResult> find(List<BenchmarkResult> results) {
        BenchmarkResult found = null;
        for (BenchmarkResult result : results) {
            if (matches(result)) {
                found = result;
            }
        }
        return Optional.ofNullable(found);
    }

    private boolean matches(BenchmarkResult result) {
        boolean sameName = result.name().equals(name) || result.name().endsWith("." + name);
        return sameName && result.params().entrySet().containsAll(params.entrySet());
    }

    @Override
    public String toString() {
        if (params.isEmpty()) {
            return name;
        }
        return new TreeMap<>(params)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining(", ", name + " [", "]"));
    }
}
