package app.nestegg.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhResultsTest {

    @TempDir
    Path folder;

    @Test
    void readsTheMedianParametersAndJavaInMilliseconds() throws IOException {
        Path file = JmhJson.file(
                folder,
                "a.json",
                List.of(
                        JmhJson.result("SyncBenchmark.sync", Map.of("rows", "100000"), "s/op", 22.0, 17.0, 25.0),
                        JmhJson.result("LedgerBenchmark.balances", Map.of(), "us/op", 800, 1200)));

        List<BenchmarkResult> results = JmhResults.read(List.of(file));

        assertThat(results).hasSize(2);
        BenchmarkResult sync = results.getFirst();
        assertThat(sync.shortName()).isEqualTo("SyncBenchmark.sync");
        assertThat(sync.params()).containsEntry("rows", "100000");
        assertThat(sync.medianMillis()).isEqualTo(22_000);
        assertThat(sync.samples()).isEqualTo(3);
        assertThat(sync.errorMillis()).isEqualTo(1_500);
        assertThat(sync.java()).isEqualTo("25.0.3 (OpenJDK 64-Bit Server VM 25.0.3+9-LTS)");
        assertThat(results.get(1).medianMillis()).isEqualTo(1.0);
    }

    @Test
    void theColdStartFileWithoutJavaDetailsReads() throws IOException {
        Path file = Files.writeString(folder.resolve("cold.json"), """
                [{"benchmark":"benchmarks/cold-start","mode":"ss","forks":3,"params":{},
                  "primaryMetric":{"score":1266.7,"scoreUnit":"ms/op","scorePercentiles":{"50.0":1200},
                  "rawData":[[1100,1200,1500]]}}]
                """);

        BenchmarkResult cold = JmhResults.read(List.of(file)).getFirst();

        assertThat(cold.shortName()).isEqualTo("benchmarks/cold-start");
        assertThat(cold.medianMillis()).isEqualTo(1200);
        assertThat(cold.errorMillis()).isNaN();
        assertThat(cold.java()).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonIsNamed() throws IOException {
        Path file = Files.writeString(folder.resolve("log.txt"), "# JMH version: 1.37\n");

        assertThatThrownBy(() -> JmhResults.read(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a JMH JSON result file");
    }

    @Test
    void aThroughputResultIsRefusedWithItsNameAndUnit() throws IOException {
        Path file = JmhJson.file(folder, "t.json", List.of(JmhJson.result("X.y", Map.of(), "ops/s", 5)));

        assertThatThrownBy(() -> JmhResults.read(List.of(file)))
                .hasMessageContaining("t.json, result 1")
                .hasMessageContaining("X.y is in ops/s");
    }
}
