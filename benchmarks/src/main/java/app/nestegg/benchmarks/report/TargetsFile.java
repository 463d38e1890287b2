package app.nestegg.benchmarks.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code benchmarks/targets.yaml}: a list of targets, each checked so a mistake names the entry and field. */
public final class TargetsFile {

    private static final Set<String> TIME_UNITS = Set.of("ms", "s");

    private TargetsFile() {}

    public static List<Target> read(Path file) throws IOException {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        List<Entry> entries;
        try {
            entries = yaml.readValue(file.toFile(), new TypeReference<List<Entry>>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a valid targets file: " + e.getMessage(), e);
        }
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no targets");
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String where = file + ", target " + (i + 1) + (entry.name == null ? "" : " (\"" + entry.name + "\")");
            try {
                targets.add(entry.toTarget());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(targets);
    }

    /** One entry as written in the file. */
    record Entry(
            @JsonProperty("name") String name,
            @JsonProperty("benchmarks") List<String> benchmarks,
            @JsonProperty("check") String check,
            @JsonProperty("atMost") Double atMost,
            @JsonProperty("atLeast") Double atLeast,
            @JsonProperty("unit") String unit,
            @JsonProperty("per") String per,
            @JsonProperty("condition") String condition,
            @JsonProperty("baseline") String baseline,
            @JsonProperty("reasonIfMissed") String reasonIfMissed) {

        Target toTarget() {
            require(name != null && !name.isBlank(), "needs a name");
            require(benchmarks != null && !benchmarks.isEmpty(), "needs at least one benchmark");
            Check kind = parseCheck();
            require(
                    reasonIfMissed != null && !reasonIfMissed.isBlank(),
                    "needs a reasonIfMissed (say why, or why not)");
            if (kind == Check.COMPLETES) {
                require(condition != null && !condition.isBlank(), "a 'completes' target needs a condition in words");
            } else {
                require(atMost != null || atLeast != null, "needs a bound: atMost, atLeast or both");
                require(unit != null && !unit.isBlank(), "needs a unit");
            }
            if (kind == Check.TIME || (kind == Check.COMPLETES && unit != null)) {
                require(TIME_UNITS.contains(unit), "a time is in ms or s, not \"" + unit + "\"");
            }
            if (kind == Check.RATE) {
                require(per != null && !per.isBlank(), "a rate needs 'per': the parameter that holds the count");
                require(benchmarks.size() == 1, "a rate is measured by one benchmark");
            }
            if (kind == Check.RATIO) {
                require(baseline != null, "a ratio needs a baseline");
            }
            return new Target(
                    name.strip(),
                    benchmarks.stream().map(BenchmarkReference::parse).toList(),
                    kind,
                    atMost,
                    atLeast,
                    kind == Check.COMPLETES && unit == null ? "ms" : unit,
                    per,
                    condition,
                    baseline == null ? null : BenchmarkReference.parse(baseline),
                    reasonIfMissed.strip());
        }

        private Check parseCheck() {
            if (check == null) {
                return Check.TIME;
            }
            try {
                return Check.valueOf(check.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "check \"" + check + "\" is none of time, rate, ratio, completes", e);
            }
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
