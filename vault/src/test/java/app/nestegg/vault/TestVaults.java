package app.nestegg.vault;

import app.nestegg.vault.security.KdfParameters;
import app.nestegg.vault.security.Totp;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.binary.Base32;

/** Real vaults on disk for tests: fast KDF, a clock the test controls, pauses that move the clock. */
public final class TestVaults {

    public static final String PASSPHRASE = "violet anchor mosaic thunder pebble";
    public static final String OTHER_PASSPHRASE = "quiet harbor lantern orchard falcon";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    public final List<Instant> pauses = new ArrayList<>();
    public final VaultService service;

    public TestVaults() {
        this(1);
    }

    public TestVaults(int termsVersion) {
        service = new VaultService(environment(termsVersion, Optional.empty()));
    }

    public VaultEnvironment environment(int termsVersion, Optional<Path> logFolder) {
        return new VaultEnvironment(
                clock,
                moment -> {
                    pauses.add(moment);
                    if (moment.isAfter(clock.instant())) {
                        clock.set(moment);
                    }
                },
                new SecureRandom(),
                Duration.ofMillis(100),
                Optional.of(KdfParameters.MINIMUM),
                termsVersion,
                "test",
                logFolder);
    }

    public VaultSession create(Path folder) {
        CreatedVault created = service.create(folder, PASSPHRASE.toCharArray(), true);
        created.wipeRecoveryKey();
        return created.session();
    }

    public VaultSession unlock(Path folder) {
        return service.unlock(folder, PASSPHRASE.toCharArray()).complete(SecondFactor.none());
    }

    /** The current code for an otpauth URI's secret, as an authenticator app would show it. */
    public String codeFor(String otpauthUri) {
        return new Totp(clock).codeAt(secretOf(otpauthUri), new Totp(clock).currentStep());
    }

    public static byte[] secretOf(String otpauthUri) {
        String secret = otpauthUri.replaceAll(".*[?&]secret=([A-Z2-7]+).*", "$1");
        return new Base32().decode(secret);
    }
}
