package app.nestegg.benchmarks.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What {@code benchmarks/report} recorded about a run in its {@code run.properties}: the machine, the load average at
 * the start and the end, the commit and the times, the steps that failed, and a {@code note} a person may add before
 * re-rendering (e.g. a class run again with other options). A missing key reads as "not recorded".
 */
public final class RunInfo {

    static final String NOT_RECORDED = "not recorded";

    private final Properties properties;

    private RunInfo(Properties properties) {
        this.properties = properties;
    }

    public static RunInfo read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new RunInfo(properties);
    }

    /** For results rendered without the run's description. */
    public static RunInfo unknown() {
        return new RunInfo(new Properties());
    }

    public String get(String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? NOT_RECORDED : value.strip();
    }

    /** Whether the 1-minute load average at the start or the end was above the number of cores. */
    public boolean busy() {
        try {
            double cores = Double.parseDouble(get("cores"));
            return firstNumber("loadStart") > cores || firstNumber("loadEnd") > cores;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private double firstNumber(String key) {
        String value = get(key);
        return value.equals(NOT_RECORDED) ? 0 : Double.parseDouble(value.split("\\s+")[0]);
    }

    public boolean quick() {
        return "quick".equals(properties.getProperty("mode"));
    }
}
