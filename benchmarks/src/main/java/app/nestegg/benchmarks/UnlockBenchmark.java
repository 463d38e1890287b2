package app.nestegg.benchmarks;

import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultEnvironment;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.Argon2id;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.AuditLog;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.security.Keyring;
import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.security.LockoutFile;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Mfa;
import app.nestegg.vault.security.MfaState;
import app.nestegg.vault.security.Subkey;
import app.nestegg.vault.security.UnlockGuard;
import app.nestegg.vault.security.Wipe;
import app.nestegg.vault.store.SecureFiles;
import app.nestegg.vault.store.VaultDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * What unlocking a vault costs, split into the passphrase KDF and everything after it. Each benchmark runs on a new
 * vault made in a temporary folder with KDF parameters calibrated as a new vault's would be, so the KDF figures
 * follow the machine (and its load) the way a real vault's do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
public class UnlockBenchmark {

    /** {@code calibrated} (a new vault's parameters), or fixed ones as {@code MEMORY_KIB/ITERATIONS/PARALLELISM}. */
    @Param(BenchmarkVault.CALIBRATED)
    public String kdf;

    private BenchmarkVault vault;
    private VaultEnvironment env;
    private char[] passphrase;
    private byte[] salt;
    private MasterKey masterKey;

    @Setup(Level.Trial)
    public void createVault() throws IOException, AEADBadTagException {
        vault = BenchmarkVault.create(kdf);
        env = vault.environment();
        passphrase = BenchmarkVault.passphrase();
        Keyring keyring = KeyringFile.read(vault.folder());
        salt = Base64.getDecoder().decode(keyring.kdf().salt());
        masterKey = keyring.unwrapWithPassphrase(passphrase);
    }

    @TearDown(Level.Trial)
    public void deleteVault() throws IOException {
        masterKey.close();
        Wipe.chars(passphrase);
        vault.close();
    }

    /** The passphrase KDF alone: Argon2id with the vault's salt and parameters. */
    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 6)
    public byte[] kdfOnly() {
        return Argon2id.derive(passphrase, salt, vault.kdf());
    }

    /**
     * Everything an unlock does once the master key is known: verify the seal and open the database (schema check and
     * migration included), read the MFA state, clear the lockout count, write the unlock to the audit log, then close,
     * which shuts H2 down and writes a new seal.
     */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 20)
    public MfaState unlockWithoutKdf() {
        try (VaultDatabase database = VaultDatabase.open(vault.folder(), masterKey)) {
            return unlockedWork(database);
        }
    }

    /** The public unlock from passphrase to session, with MFA off, then locking again. */
    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 6)
    public boolean fullUnlock() {
        VaultSession session = vault.service().unlock(vault.path(), passphrase).complete(SecondFactor.none());
        session.lock();
        return session.isLocked();
    }

    /** State for {@link #unlockAfterUncleanStop}: the seal says the app stopped without locking. */
    @State(Scope.Thread)
    public static class UncleanStop {
        private static final byte[] OPEN_SEAL =
                "{\"state\":\"OPEN\",\"size\":0,\"mac\":\"\"}".getBytes(StandardCharsets.UTF_8);

        @Setup(Level.Invocation)
        public void markOpen(UnlockBenchmark benchmark) throws IOException {
            SecureFiles.writeAtomically(benchmark.vault.folder().seal(), OPEN_SEAL);
        }
    }

    /**
     * Like {@link #unlockWithoutKdf}, after a crash: the seal cannot vouch for the file, and H2 recovers its last
     * complete state while opening it.
     */
    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 20)
    public MfaState unlockAfterUncleanStop(UncleanStop uncleanStop) {
        try (VaultDatabase database = VaultDatabase.open(vault.folder(), masterKey)) {
            return unlockedWork(database);
        }
    }

    private MfaState unlockedWork(VaultDatabase database) {
        Mfa mfa = new Mfa(
                new FieldCipher(masterKey.subkey(Subkey.FIELD_ENCRYPTION)),
                masterKey.subkey(Subkey.BACKUP_CODE_HASHING),
                env.clock(),
                env.random());
        try {
            MfaState state = database.read(mfa::state);
            new UnlockGuard(new LockoutFile(vault.folder()), env.clock(), env.pacer()).recordSuccess();
            database.write(dsl -> {
                AuditLog.append(dsl, env.clock().instant(), AuditKind.UNLOCKED, "benchmark");
                return null;
            });
            return state;
        } finally {
            mfa.wipe();
        }
    }
}
