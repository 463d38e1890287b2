package app.nestegg.desktop;

import app.nestegg.desktop.security.LegalTexts;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.CreatedVault;
import app.nestegg.vault.MutableClock;
import app.nestegg.vault.VaultEnvironment;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.KdfParameters;
import app.nestegg.vault.security.MfaEnrollment;
import app.nestegg.vault.security.Totp;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.binary.Base32;

/** Real vaults in a test's folder: the weakest allowed KDF, a clock the test moves, no pauses between attempts. */
public final class TestVaults {

    public static final String PASSPHRASE = "otter quartz lantern maple 91";
    public static final String OTHER_PASSPHRASE = "violet harbour cactus drum 27";
    public static final LegalTexts LEGAL = new LegalTexts(1, "# Terms\n\nBe kind.", "# Privacy\n\n- Nothing leaves.");

    private final Path root;
    private final MutableClock clock;
    private final VaultService service;

    public TestVaults(Path root) {
        this(root, LEGAL.version(), new MutableClock(Instant.parse("2026-03-01T09:00:00Z")));
    }

    /** Another app version on the same folder and clock, shipping terms of {@code termsVersion}. */
    public TestVaults withTermsVersion(int termsVersion) {
        return new TestVaults(root, termsVersion, clock);
    }

    private TestVaults(Path root, int termsVersion, MutableClock clock) {
        this.root = root;
        this.clock = clock;
        VaultEnvironment env = new VaultEnvironment(
                clock,
                moment -> {},
                new SecureRandom(),
                Duration.ofMillis(200),
                Optional.of(KdfParameters.MINIMUM),
                termsVersion,
                "test",
                Optional.of(root.resolve("logs")));
        this.service = new VaultService(env);
    }

    public static Messages messages() {
        return new Messages(Locale.ENGLISH, ZoneOffset.UTC);
    }

    public VaultService service() {
        return service;
    }

    public MutableClock clock() {
        return clock;
    }

    public Path folder() {
        return root.resolve("vault");
    }

    /** A vault with two-step unlock off, unlocked. */
    public VaultSession create() {
        CreatedVault created = service.create(folder(), PASSPHRASE.toCharArray(), true);
        created.wipeRecoveryKey();
        return created.session();
    }

    /** A locked vault with two-step unlock off; returns its recovery key as printed for the user. */
    public String createForRecovery() {
        CreatedVault created = service.create(folder(), PASSPHRASE.toCharArray(), true);
        String recoveryKey = String.valueOf(created.recoveryKey());
        created.wipeRecoveryKey();
        created.session().lock();
        return recoveryKey;
    }

    /** A vault with two-step unlock on; returns the shared secret (as the QR code would give it). */
    public byte[] createWithMfa() {
        try (VaultSession session = create()) {
            MfaEnrollment enrollment = session.beginMfa("test");
            byte[] secret = secret(String.valueOf(enrollment.manualEntrySecret()));
            session.confirmMfa(currentCode(secret));
            return secret;
        }
    }

    /** The shared secret from the text shown for typing by hand (groups of four, Base32). */
    public static byte[] secret(String manualEntry) {
        return new Base32().decode(manualEntry.replace(" ", ""));
    }

    /** The authenticator code now; moves the clock one step on first so that no code is used twice. */
    public String nextCode(byte[] secret) {
        clock.advance(Duration.ofSeconds(Totp.PERIOD_SECONDS));
        return currentCode(secret);
    }

    public String currentCode(byte[] secret) {
        Totp totp = new Totp(clock);
        return totp.codeAt(secret, totp.currentStep());
    }
}
