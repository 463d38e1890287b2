package app.nestegg.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetCheckTest {

    private static BenchmarkResult result(String name, double medianMillis) {
        return result(name, Map.of(), medianMillis);
    }

    private static BenchmarkResult result(String name, Map<String, String> params, double medianMillis) {
        return new BenchmarkResult(
                "app.nestegg.benchmarks." + name, params, medianMillis, medianMillis, 1, 5, "25.0.3");
    }

    private static Target time(String benchmark, double atMost, String unit, String baseline) {
        return new Target(
                "t",
                List.of(BenchmarkReference.parse(benchmark)),
                Check.TIME,
                atMost,
                null,
                unit,
                null,
                null,
                baseline == null ? null : BenchmarkReference.parse(baseline),
                "because");
    }

    @Test
    void aTimeUnderItsBoundIsMetAndComparedWithItsBaseline() {
        Outcome outcome = TargetCheck.judge(
                time("L.page", 50, "ms", "L.pageRaw"), List.of(result("L.page", 20), result("L.pageRaw", 5)));

        assertThat(outcome.status()).isEqualTo(Status.MET);
        assertThat(outcome.measured()).hasValue(20);
        assertThat(outcome.baseline()).hasValue(5);
        assertThat(outcome.ratio()).hasValue(4);
    }

    @Test
    void aTimeOverItsBoundIsMissedInTheTargetsUnit() {
        Outcome outcome = TargetCheck.judge(
                time("M.apply", 5, "s", "M.store"), List.of(result("M.apply", 21_000), result("M.store", 14_000)));

        assertThat(outcome.status()).isEqualTo(Status.MISSED);
        assertThat(outcome.measured()).hasValue(21);
        assertThat(outcome.ratio().getAsDouble()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void aTargetWithoutResultsIsNotMeasuredAndSaysWhichAreMissing() {
        Outcome outcome = TargetCheck.judge(time("L.page", 50, "ms", "L.pageRaw"), List.of(result("L.pageRaw", 5)));

        assertThat(outcome.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(outcome.missing()).containsExactly("L.page");
        assertThat(outcome.measured()).isEmpty();
        assertThat(outcome.ratio()).isEmpty();
    }

    @Test
    void aMissingBaselineLeavesTheRatioEmptyButStillJudgesTheTarget() {
        Outcome outcome = TargetCheck.judge(time("L.page", 50, "ms", "L.pageRaw"), List.of(result("L.page", 60)));

        assertThat(outcome.status()).isEqualTo(Status.MISSED);
        assertThat(outcome.baseline()).isEmpty();
        assertThat(outcome.ratio()).isEmpty();
    }

    @Test
    void severalBenchmarksAreSummed() {
        Target target = new Target(
                "unlock to dashboard",
                List.of(BenchmarkReference.parse("U.unlock"), BenchmarkReference.parse("L.dashboard")),
                Check.TIME,
                1000.0,
                null,
                "ms",
                null,
                null,
                null,
                "why");

        Outcome outcome = TargetCheck.judge(target, List.of(result("U.unlock", 700), result("L.dashboard", 400)));

        assertThat(outcome.measured()).hasValue(1100);
        assertThat(outcome.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void aRateDividesTheCountParameterByTheMedianInSeconds() {
        Target target = new Target(
                "import",
                List.of(BenchmarkReference.parse("I.importCsv")),
                Check.RATE,
                null,
                50_000.0,
                "rows/s",
                "rows",
                null,
                BenchmarkReference.parse("S.insert [cipher=AES]"),
                "why");
        List<BenchmarkResult> results = List.of(
                result("I.importCsv", Map.of("rows", "100000"), 25_000),
                result("S.insert", Map.of("rows", "100000", "cipher", "NONE"), 4_000),
                result("S.insert", Map.of("rows", "100000", "cipher", "AES"), 10_000));

        Outcome outcome = TargetCheck.judge(target, results);

        assertThat(outcome.measured()).hasValue(4_000);
        assertThat(outcome.baseline()).hasValue(10_000);
        assertThat(outcome.ratio().getAsDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(outcome.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void aRatioTargetJudgesTheRatioAndNeedsItsBaseline() {
        Target target = new Target(
                "half the raw rate",
                List.of(BenchmarkReference.parse("I.importCsv")),
                Check.RATIO,
                null,
                0.5,
                "× the raw rate",
                "rows",
                null,
                BenchmarkReference.parse("I.raw"),
                "why");
        BenchmarkResult imported = result("I.importCsv", Map.of("rows", "100000"), 20_000);

        Outcome met = TargetCheck.judge(target, List.of(imported, result("I.raw", Map.of("rows", "100000"), 11_000)));
        Outcome absent = TargetCheck.judge(target, List.of(imported));

        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.ratio().getAsDouble()).isCloseTo(0.55, within(1e-9));
        assertThat(absent.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(absent.missing()).containsExactly("I.raw");
    }

    @Test
    void aCompletesTargetIsMetByAnyResult() {
        Target target = new Target(
                "walk in 256 MiB",
                List.of(BenchmarkReference.parse("L.walk")),
                Check.COMPLETES,
                null,
                null,
                "ms",
                null,
                "finishes with -Xmx256m",
                null,
                "OOM");

        assertThat(TargetCheck.judge(target, List.of(result("L.walk", 90_000))).status())
                .isEqualTo(Status.MET);
        assertThat(TargetCheck.judge(target, List.of()).status()).isEqualTo(Status.NOT_MEASURED);
    }

    @Test
    void theLastResultOfABenchmarkWins() {
        Outcome outcome =
                TargetCheck.judge(time("L.page", 50, "ms", null), List.of(result("L.page", 80), result("L.page", 30)));

        assertThat(outcome.measured()).hasValue(30);
        assertThat(outcome.status()).isEqualTo(Status.MET);
    }

    @Test
    void aReferenceMatchesTheWholeMethodNameNotASuffixOfIt() {
        Outcome outcome = TargetCheck.judge(time("L.page", 50, "ms", null), List.of(result("L.firstPage", 10)));

        assertThat(outcome.status()).isEqualTo(Status.NOT_MEASURED);
    }
}
