package app.nestegg.vault;

import app.nestegg.vault.security.Argon2id;
import app.nestegg.vault.security.KdfParameters;
import app.nestegg.vault.security.Pacer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the vault takes from the outside world: time, the pause between unlock attempts, randomness, how the KDF is
 * chosen for a new vault, the current version of the terms, and the app's version.
 *
 * @param fixedKdf parameters to use instead of calibrating on this machine (tests and benchmarks)
 * @param logFolder the app's log folder, which erasing the vault removes too
 */
public record VaultEnvironment(
        Clock clock,
        Pacer pacer,
        SecureRandom random,
        Duration kdfTarget,
        Optional<KdfParameters> fixedKdf,
        int termsVersion,
        String appVersion,
        Optional<Path> logFolder) {

    public VaultEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(pacer, "pacer");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(kdfTarget, "kdfTarget");
        Objects.requireNonNull(fixedKdf, "fixedKdf");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(logFolder, "logFolder");
        if (termsVersion < 1) {
            throw new IllegalArgumentException("terms version starts at 1");
        }
    }

    /** The real world: system clock, real pauses, a strong random source, KDF calibrated to about 0.75 s. */
    public static VaultEnvironment standard(int termsVersion, String appVersion, Path logFolder) {
        Clock clock = Clock.systemUTC();
        return new VaultEnvironment(
                clock,
                Pacer.sleeping(clock),
                new SecureRandom(),
                Argon2id.DEFAULT_TARGET,
                Optional.empty(),
                termsVersion,
                appVersion,
                Optional.of(logFolder));
    }

    KdfParameters kdfForNewVault() {
        return fixedKdf.orElseGet(() -> Argon2id.calibrate(kdfTarget));
    }
}
