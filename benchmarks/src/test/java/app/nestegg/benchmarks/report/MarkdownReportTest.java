package app.nestegg.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    @TempDir
    Path folder;

    private static Target time(String name, String benchmark, double atMost, String baseline, String reason) {
        return new Target(
                name,
                List.of(BenchmarkReference.parse(benchmark)),
                Check.TIME,
                atMost,
                null,
                "ms",
                null,
                null,
                baseline == null ? null : BenchmarkReference.parse(baseline),
                reason);
    }

    private static BenchmarkResult result(String name, double medianMillis) {
        return new BenchmarkResult(
                "app.nestegg.benchmarks." + name, Map.of(), medianMillis, medianMillis, 2, 5, "25.0.3 (OpenJDK)");
    }

    private String render(RunInfo run) {
        List<Target> targets = List.of(
                time("Register page", "L.page", 50, "L.pageRaw", "reads transfer sides"),
                time("Sync", "S.sync", 10_000, null, "the store is slow"),
                time("Cold start", "cold-start", 1500, null, "needs an app image"));
        List<BenchmarkResult> results =
                List.of(result("L.page", 12.5), result("L.pageRaw", 2.5), result("S.sync", 22_700));
        return MarkdownReport.render(TargetCheck.judgeAll(targets, results), results, run);
    }

    @Test
    void missedTargetsComeFirstWithTheirReasonThenNotMeasuredThenMet() {
        String md = render(RunInfo.unknown());

        int missed = md.indexOf("## Missed targets");
        int absent = md.indexOf("## Not measured");
        int met = md.indexOf("## Met targets");
        assertThat(missed).isPositive().isLessThan(absent);
        assertThat(absent).isLessThan(met);
        assertThat(md.substring(missed, absent))
                .contains("| Sync | **22,700 ms** | ≤ 10,000 ms |", "the store is slow");
        assertThat(md.substring(absent, met)).contains("Cold start", "`cold-start`", "needs an app image");
        assertThat(md.substring(met))
                .contains("| Register page | **12.5 ms** | ≤ 50 ms | 2.50 ms (`L.pageRaw`) | 5.00× |")
                .doesNotContain("reads transfer sides");
        assertThat(md).contains("**1 of 3 targets met, 1 missed, 1 not measured.**");
    }

    @Test
    void theMachineAndTheLoadComeFromTheRunAndJavaFromTheResults() throws IOException {
        Path properties = Files.writeString(folder.resolve("run.properties"), """
                mode=full
                cpu=AMD EPYC 7B13
                cores=2
                loadStart=1.47 1.50 1.52
                loadEnd=1.10 2.00 1.70
                commit=e4e87f7
                failed=09-merge
                note=The ledger classes ran beside the others with fewer iterations.
                """);

        String md = render(RunInfo.read(properties));

        assertThat(md)
                .contains("| CPU | AMD EPYC 7B13 |", "| cores | 2 |", "| Java | 25.0.3 (OpenJDK) |")
                .contains("| load average at the start (1, 5, 15 min) | 1.47 1.50 1.52 |")
                .contains("| load average at the end (1, 5, 15 min) | 1.10 2.00 1.70 |")
                .contains("| commit | e4e87f7 |", "| memory | not recorded |", "| steps that failed | 09-merge |")
                .contains("| note | The ledger classes ran beside the others with fewer iterations. |")
                .doesNotContain("Quick run", "A busy machine");
    }

    @Test
    void aLoadAboveTheCoresIsCalledOut() throws IOException {
        Path properties = Files.writeString(
                folder.resolve("run.properties"), "cores=2\nloadStart=1.10 1.0 1.0\nloadEnd=20.00 17.57 10.32\n");

        assertThat(render(RunInfo.read(properties))).contains("**A busy machine**");
    }

    @Test
    void aQuickRunSaysItsFiguresDoNotMeasureTheTargets() throws IOException {
        Path properties = Files.writeString(folder.resolve("run.properties"), "mode=quick\n");

        assertThat(render(RunInfo.read(properties))).contains("**Quick run**");
    }

    @Test
    void everyResultIsListedWithItsParameters() {
        BenchmarkResult storage = new BenchmarkResult(
                "app.nestegg.benchmarks.StorageInsertBenchmark.insert",
                Map.of("rows", "100000", "cipher", "AES"),
                10_800,
                10_900,
                Double.NaN,
                2,
                "");

        String md = MarkdownReport.render(List.of(), List.of(storage), RunInfo.unknown());

        assertThat(md)
                .contains("| `StorageInsertBenchmark.insert` | cipher=AES, rows=100000 | 10,800 ms | 10,900 ms | 2 |");
    }

    @Test
    void boundsReadAsWords() {
        Target range = new Target(
                "kdf",
                List.of(BenchmarkReference.parse("U.kdf")),
                Check.TIME,
                1000.0,
                500.0,
                "ms",
                null,
                null,
                null,
                "r");
        Target floor = new Target(
                "rate",
                List.of(BenchmarkReference.parse("I.imp")),
                Check.RATE,
                null,
                50_000.0,
                "rows/s",
                "rows",
                null,
                null,
                "r");

        assertThat(MarkdownReport.bound(range)).isEqualTo("between 500 and 1,000 ms");
        assertThat(MarkdownReport.bound(floor)).isEqualTo("≥ 50,000 rows/s");
    }
}
