package app.nestegg.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsFileTest {

    @TempDir
    Path folder;

    @Test
    void theCheckedInTargetsReadAndCoverTheProductBrief() throws IOException {
        List<Target> targets = TargetsFile.read(Path.of("targets.yaml"));

        assertThat(targets).extracting(Target::name).doesNotHaveDuplicates();
        assertThat(targets)
                .flatExtracting(Target::benchmarks)
                .extracting(BenchmarkReference::name)
                .contains(
                        "LedgerBenchmark.registerFirstPage",
                        "LedgerBenchmark.searchFirstPage",
                        "LedgerBenchmark.budgetMonth",
                        "LedgerBenchmark.netWorthFiveYears",
                        "ImportBenchmark.importCsv",
                        "SyncBenchmark.sync",
                        "MergeBenchmark.applyEntries",
                        "BackupBenchmark.backup",
                        "benchmarks/cold-start");
        assertThat(targets)
                .allSatisfy(target -> assertThat(target.reasonIfMissed()).isNotBlank());
    }

    @Test
    void aBenchmarkWithParametersIsParsed() {
        BenchmarkReference reference =
                BenchmarkReference.parse("StorageInsertBenchmark.insert [cipher=AES, indexes=6]");

        assertThat(reference.name()).isEqualTo("StorageInsertBenchmark.insert");
        assertThat(reference.params()).containsEntry("cipher", "AES").containsEntry("indexes", "6");
        assertThat(reference).hasToString("StorageInsertBenchmark.insert [cipher=AES, indexes=6]");
    }

    @Test
    void anEntryWithoutABoundIsNamedByNumberAndName() throws IOException {
        Path file = Files.writeString(folder.resolve("targets.yaml"), """
                - name: Fine
                  benchmarks: [A.b]
                  atMost: 5
                  unit: ms
                  reasonIfMissed: slow
                - name: Boundless
                  benchmarks: [C.d]
                  unit: ms
                  reasonIfMissed: slow
                """);

        assertThatThrownBy(() -> TargetsFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ", target 2 (\"Boundless\"): needs a bound: atMost, atLeast or both");
    }

    @Test
    void aRateWithoutItsCountParameterIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("targets.yaml"), """
                - name: Import
                  benchmarks: [I.imp]
                  check: rate
                  atLeast: 50000
                  unit: rows/s
                  reasonIfMissed: slow
                """);

        assertThatThrownBy(() -> TargetsFile.read(file))
                .hasMessageContaining("target 1 (\"Import\"): a rate needs 'per'");
    }

    @Test
    void anUnknownFieldOrCheckIsRefused() throws IOException {
        Path misspelt = Files.writeString(folder.resolve("a.yaml"), """
                - name: X
                  benchmarks: [A.b]
                  atMots: 5
                """);
        Path unknownCheck = Files.writeString(folder.resolve("b.yaml"), """
                - name: X
                  benchmarks: [A.b]
                  check: fastest
                  atMost: 5
                  unit: ms
                  reasonIfMissed: r
                """);

        assertThatThrownBy(() -> TargetsFile.read(misspelt))
                .hasMessageContaining(misspelt + " is not a valid targets file")
                .hasMessageContaining("atMots");
        assertThatThrownBy(() -> TargetsFile.read(unknownCheck))
                .hasMessageContaining("check \"fastest\" is none of time, rate, ratio, completes");
    }

    @Test
    void aTimeInAnotherUnitIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("targets.yaml"), """
                - name: X
                  benchmarks: [A.b]
                  atMost: 5
                  unit: minutes
                  reasonIfMissed: r
                """);

        assertThatThrownBy(() -> TargetsFile.read(file)).hasMessageContaining("a time is in ms or s, not \"minutes\"");
    }
}
