package app.nestegg.vault.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, 6 digits, 30-second steps.
 * A code is accepted for the current step or one step either side, and a step is never accepted twice.
 */
public final class Totp {

    /** Length of a new shared secret in bytes (the RFC 4226 recommendation for HMAC-SHA1). */
    public static final int SECRET_LENGTH = 20;

    /** Seconds per time step. */
    public static final int PERIOD_SECONDS = 30;

    /** Digits per code. */
    public static final int DIGITS = 6;

    private static final String ISSUER = "Nest%20Egg";
    private static final Base32 BASE32 = new Base32();

    private final Clock clock;
    private final TimeBasedOneTimePasswordGenerator generator;

    /** A checker that reads the time from {@code clock}. */
    public Totp(Clock clock) {
        this(clock, new TimeBasedOneTimePasswordGenerator());
    }

    /** For tests with other algorithms or lengths (the RFC 6238 vectors); the generator's step must be 30 s. */
    Totp(Clock clock, TimeBasedOneTimePasswordGenerator generator) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.generator = Objects.requireNonNull(generator, "generator");
        if (generator.getTimeStep().getSeconds() != PERIOD_SECONDS) {
            throw new IllegalArgumentException("the generator's time step must be " + PERIOD_SECONDS + " s");
        }
    }

    /** A fresh random shared secret; the caller wipes it. */
    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_LENGTH];
        random.nextBytes(secret);
        return secret;
    }

    /**
     * The {@code otpauth://} URI an authenticator app reads from a QR code. It contains the secret, so it is shown and
     * discarded, never logged or stored.
     */
    public static String otpauthUri(byte[] secret, String accountLabel) {
        Objects.requireNonNull(accountLabel, "accountLabel");
        String label = URLEncoder.encode(accountLabel, StandardCharsets.UTF_8).replace("+", "%20");
        char[] base32 = base32Secret(secret);
        try {
            return "otpauth://totp/" + ISSUER + ":" + label + "?secret=" + String.valueOf(base32) + "&issuer=" + ISSUER
                    + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + PERIOD_SECONDS;
        } finally {
            Wipe.chars(base32);
        }
    }

    /** The secret as unpadded Base32, for typing into an authenticator app by hand; the caller wipes it. */
    public static char[] base32Secret(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] ascii = BASE32.encode(secret);
        try {
            int length = ascii.length;
            while (length > 0 && ascii[length - 1] == '=') {
                length--;
            }
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = (char) ascii[i];
            }
            return chars;
        } finally {
            Wipe.bytes(ascii);
        }
    }

    /** The time step the clock is in now. */
    public long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code for {@code step}, zero-padded to the generator's length. */
    public String codeAt(byte[] secret, long step) {
        Objects.requireNonNull(secret, "secret");
        SecretKeySpec key = new SecretKeySpec(secret, generator.getAlgorithm());
        try {
            int code = generator.generateOneTimePassword(
                    key, Instant.ofEpochSecond(Math.multiplyExact(step, PERIOD_SECONDS)));
            return String.format(Locale.ROOT, "%0" + generator.getPasswordLength() + "d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("the TOTP secret is not a usable HMAC key", e);
        }
    }

    /**
     * Checks a typed code against the previous, current and next time step.
     *
     * @param code the code as typed; spaces (any whitespace) are ignored
     * @param lastAcceptedStep the step of the last code accepted for this secret ({@link Long#MIN_VALUE} if none);
     *     only later steps are accepted, so a code cannot be replayed
     * @return the step the code matched, to be remembered as the new last accepted step; empty if refused
     */
    public OptionalLong verify(byte[] secret, CharSequence code, long lastAcceptedStep) {
        byte[] typed = digitsOnly(code);
        if (typed == null) {
            return OptionalLong.empty();
        }
        long current = currentStep();
        long accepted = Long.MIN_VALUE;
        boolean matched = false;
        // All three steps are compared, so the time taken does not tell which one matched.
        for (long step = current - 1; step <= current + 1; step++) {
            byte[] expected = codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
            boolean equal = MessageDigest.isEqual(expected, typed);
            if (equal && step > lastAcceptedStep && !matched) {
                accepted = step;
                matched = true;
            }
        }
        Arrays.fill(typed, (byte) 0);
        return matched ? OptionalLong.of(accepted) : OptionalLong.empty();
    }

    /** The typed code without spaces as ASCII digits, or null if it is not exactly the expected number of digits. */
    private byte[] digitsOnly(CharSequence code) {
        if (code == null) {
            return null;
        }
        int length = generator.getPasswordLength();
        byte[] digits = new byte[length];
        int count = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c < '0' || c > '9' || count == length) {
                return null;
            }
            digits[count++] = (byte) c;
        }
        return count == length ? digits : null;
    }
}
