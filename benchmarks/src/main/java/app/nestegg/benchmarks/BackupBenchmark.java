package app.nestegg.benchmarks;

import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
 * A backup of the generated ledger vault while it is open (ADR 0042): {@link #backup} is what the daily backup job and
 * {@code backup create} do (the uncompressed copy, the keyring beside it, the rotation); {@link #h2BackupTo} is H2's
 * own {@code BACKUP TO}, which deflates the same encrypted pages, as backups were written before. Each backup is
 * deleted after its shot, so the vault's copy never holds more than one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class BackupBenchmark {

    @Param("1000000")
    public int rows;

    private LedgerVault vault;
    private final List<Path> written = new ArrayList<>();

    @Setup(Level.Trial)
    public void openCopy() throws IOException {
        vault = LedgerVault.openCopy(rows);
    }

    @TearDown(Level.Invocation)
    public void deleteBackup() throws IOException {
        for (Path file : written) {
            Files.deleteIfExists(file);
        }
        written.clear();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        vault.close();
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long backup() {
        BackupFile backup = vault.session().backups().create(BackupKind.MANUAL);
        written.add(backup.database());
        written.add(backup.keyring());
        return backup.size();
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    public long h2BackupTo() throws SQLException, IOException {
        Path target = vault.database().folder().path().resolveSibling("h2-backup-to.zip");
        written.add(target);
        try (Statement statement = vault.connection().createStatement()) {
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        }
        return Files.size(target);
    }
}
