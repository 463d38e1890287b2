package app.nestegg.benchmarks;

import app.nestegg.vault.diagnostics.LedgerCheck;
import app.nestegg.vault.diagnostics.Problem;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ledger's consistency check, as {@code nest-egg doctor} and the Diagnostics page run it, on the cached generated
 * household of {@code rows} transactions (see {@link LedgerVault}): totals against a recount, splits, transfers, the
 * change log and orphans, in one read.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@State(Scope.Benchmark)
public class DiagnosticsBenchmark {

    @Param("1000000")
    public int rows;

    private LedgerVault vault;
    private LedgerCheck check;

    @Setup(Level.Trial)
    public void unlock() throws IOException {
        vault = LedgerVault.open(rows);
        check = new LedgerCheck(vault.database(), vault.ledger().changeLog().memberId());
    }

    @TearDown(Level.Trial)
    public void lock() throws IOException {
        vault.close();
    }

    @Benchmark
    public List<Problem> ledgerCheck() {
        List<Problem> problems = check.run();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The generated household should be consistent: " + problems);
        }
        return problems;
    }
}
