package app.nestegg.benchmarks;

import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.Keyring;
import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Wipe;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.crypto.AEADBadTagException;
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
 * What a passphrase change costs. The master key is re-wrapped under a key derived from the new passphrase and
 * {@code keyring.json} is replaced; the database is not rewritten.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 6)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class KeyringRewrapBenchmark {

    /** {@code calibrated} (a new vault's parameters), or fixed ones as {@code MEMORY_KIB/ITERATIONS/PARALLELISM}. */
    @Param(BenchmarkVault.CALIBRATED)
    public String kdf;

    private BenchmarkVault vault;
    private MasterKey masterKey;
    private Keyring keyring;
    private char[] newPassphrase;
    private VaultSession session;
    private boolean changedOnce;

    @Setup(Level.Trial)
    public void createVault() throws IOException, AEADBadTagException {
        vault = BenchmarkVault.create(kdf);
        keyring = KeyringFile.read(vault.folder());
        char[] passphrase = BenchmarkVault.passphrase();
        try {
            masterKey = keyring.unwrapWithPassphrase(passphrase);
            session = vault.service().unlock(vault.path(), passphrase).complete(SecondFactor.none());
        } finally {
            Wipe.chars(passphrase);
        }
        newPassphrase = BenchmarkVault.otherPassphrase();
    }

    @TearDown(Level.Trial)
    public void deleteVault() throws IOException {
        session.lock();
        masterKey.close();
        Wipe.chars(newPassphrase);
        vault.close();
    }

    /** The re-wrap alone: one Argon2id derivation with a new salt, AES-GCM, and an atomic write of the keyring. */
    @Benchmark
    public Keyring rewrap() {
        Keyring next = keyring.withPassphrase(
                masterKey,
                newPassphrase,
                keyring.kdf().parameters(),
                vault.environment().random());
        KeyringFile.write(vault.folder(), next);
        return next;
    }

    /**
     * The whole change as Settings and {@code nest-egg passwd} run it: strength check of the new passphrase, one
     * derivation to check the current passphrase, one for the new wrap, the keyring write and an audit entry. It
     * alternates between two passphrases so that every call changes the current one.
     */
    @Benchmark
    public boolean changePassphrase() {
        char[] current = changedOnce ? BenchmarkVault.otherPassphrase() : BenchmarkVault.passphrase();
        char[] next = changedOnce ? BenchmarkVault.passphrase() : BenchmarkVault.otherPassphrase();
        try {
            session.changePassphrase(current, next);
            changedOnce = !changedOnce;
            return changedOnce;
        } finally {
            Wipe.chars(current, next);
        }
    }
}
