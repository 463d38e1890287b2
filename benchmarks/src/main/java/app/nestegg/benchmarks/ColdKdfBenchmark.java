package app.nestegg.benchmarks;

import app.nestegg.vault.security.Argon2id;
import app.nestegg.vault.security.KdfParameters;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first Argon2id derivation in a new JVM, before the JIT has compiled it: what every {@code nest-egg} command and
 * the desktop app's first unlock pay. Nothing runs Argon2id before the measured call, so the parameters are fixed
 * rather than calibrated (calibrating would warm the code up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = "-XX:+UseSerialGC")
public class ColdKdfBenchmark {

    /** The parameters as {@code MEMORY_KIB/ITERATIONS/PARALLELISM}; the default is the minimum a vault accepts. */
    @Param("65536/3/1")
    public String kdf;

    private KdfParameters parameters;
    private char[] passphrase;
    private byte[] salt;

    @Setup
    public void prepare() {
        parameters = BenchmarkVault.fixedKdf(kdf);
        passphrase = BenchmarkVault.passphrase();
        salt = new byte[16];
    }

    /** One derivation in a fresh JVM. */
    @Benchmark
    public byte[] firstDerivation() {
        return Argon2id.derive(passphrase, salt, parameters);
    }
}
