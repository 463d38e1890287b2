package app.nestegg.vault.security;

import java.time.Duration;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stretches a passphrase into a 256-bit key with Argon2id (RFC 9106), using Bouncy Castle. */
public final class Argon2id {

    /** How long one unlock derivation should take on this machine. */
    public static final Duration DEFAULT_TARGET = Duration.ofMillis(750);

    /** Length of the derived key in bytes. */
    public static final int KEY_LENGTH = 32;

    /** Argon2's own minimum salt length. */
    static final int MINIMUM_SALT_LENGTH = 8;

    private static final Logger LOG = LoggerFactory.getLogger(Argon2id.class);

    /** Caps the calibration target so the arithmetic cannot overflow; no unlock should take longer. */
    private static final Duration LONGEST_TARGET = Duration.ofMinutes(10);

    private Argon2id() {}

    /**
     * Derives a 32-byte key from {@code passphrase} (encoded as UTF-8).
     *
     * @return a new array the caller wipes
     * @throws IllegalArgumentException if the parameters are outside {@link KdfParameters#MINIMUM} and
     *     {@link KdfParameters#MAXIMUM}, or the salt is shorter than 8 bytes
     */
    public static byte[] derive(char[] passphrase, byte[] salt, KdfParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        if (!parameters.withinBounds()) {
            throw new IllegalArgumentException("Argon2id parameters out of bounds: " + parameters.describe());
        }
        return compute(passphrase, salt, parameters);
    }

    /**
     * Parameters that make one derivation take about {@code target} here: 64 MiB and one lane (Bouncy Castle
     * computes lanes on one thread, so more lanes only add time), with the number of passes scaled from the faster of
     * two timed derivations at 3 passes: the warm cost, as an unlock in the running app pays it.
     */
    public static KdfParameters calibrate(Duration target) {
        Objects.requireNonNull(target, "target");
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("the calibration target must be positive");
        }
        // An untimed small run lets the JIT compile the hot loop, so the timed run is not inflated by interpretation.
        compute(new char[] {'w'}, new byte[16], new KdfParameters(8192, 1, 1));

        // The faster of two timed runs is the steady cost; the first pays for touching 64 MiB of fresh memory.
        char[] passphrase = {'c', 'a', 'l', 'i', 'b', 'r', 'a', 't', 'e'};
        byte[] salt = new byte[16];
        Duration measured = timeOneDerivation(passphrase, salt);
        Duration second = timeOneDerivation(passphrase, salt);
        if (second.compareTo(measured) < 0) {
            measured = second;
        }

        KdfParameters calibrated = scale(measured, target);
        LOG.debug(
                "Argon2id took {} ms at {}; calibrated to {}",
                measured.toMillis(),
                KdfParameters.MINIMUM.describe(),
                calibrated.describe());
        return calibrated;
    }

    private static Duration timeOneDerivation(char[] passphrase, byte[] salt) {
        long start = System.nanoTime();
        byte[] key = compute(passphrase, salt, KdfParameters.MINIMUM);
        Duration measured = Duration.ofNanos(System.nanoTime() - start);
        Wipe.bytes(key);
        return measured;
    }

    /** The minimum parameters with the passes scaled so that {@code measured} (at 3 passes) becomes {@code target}. */
    static KdfParameters scale(Duration measured, Duration target) {
        KdfParameters base = KdfParameters.MINIMUM;
        long measuredNanos = Math.max(1, measured.toNanos());
        long targetNanos = (target.compareTo(LONGEST_TARGET) > 0 ? LONGEST_TARGET : target).toNanos();
        long passes = (base.iterations() * targetNanos + measuredNanos / 2) / measuredNanos;
        int bounded = Math.clamp(passes, base.iterations(), KdfParameters.MAXIMUM.iterations());
        return new KdfParameters(base.memoryKiB(), bounded, base.parallelism());
    }

    private static byte[] compute(char[] passphrase, byte[] salt, KdfParameters parameters) {
        Objects.requireNonNull(passphrase, "passphrase");
        Objects.requireNonNull(salt, "salt");
        if (salt.length < MINIMUM_SALT_LENGTH) {
            throw new IllegalArgumentException("an Argon2 salt is at least " + MINIMUM_SALT_LENGTH + " bytes");
        }
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] key = new byte[KEY_LENGTH];
        generator.generateBytes(passphrase, key);
        builder.clear();
        return key;
    }
}
