package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final long NOW = 1111111109L;
    private static final long NOW_STEP = NOW / 30;
    private static final long NONE = Long.MIN_VALUE;

    private final Totp totp = new Totp(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @ParameterizedTest(name = "{1} at {0} s")
    @CsvSource({
        "59,          HmacSHA1,   94287082",
        "1111111109,  HmacSHA1,   07081804",
        "1111111111,  HmacSHA1,   14050471",
        "1234567890,  HmacSHA1,   89005924",
        "2000000000,  HmacSHA1,   69279037",
        "20000000000, HmacSHA1,   65353130",
        "59,          HmacSHA256, 46119246",
        "1111111109,  HmacSHA256, 68084774",
        "1111111111,  HmacSHA256, 67062674",
        "1234567890,  HmacSHA256, 91819424",
        "2000000000,  HmacSHA256, 90698825",
        "20000000000, HmacSHA256, 77737706",
        "59,          HmacSHA512, 90693936",
        "1111111109,  HmacSHA512, 25091201",
        "1111111111,  HmacSHA512, 99943326",
        "1234567890,  HmacSHA512, 93441116",
        "2000000000,  HmacSHA512, 38618901",
        "20000000000, HmacSHA512, 47863826",
    })
    void matchesRfc6238AppendixB(long time, String algorithm, String expected) {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(time), ZoneOffset.UTC);
        Totp eightDigits = new Totp(clock, new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 8, algorithm));

        assertThat(eightDigits.codeAt(seedFor(algorithm), eightDigits.currentStep()))
                .isEqualTo(expected);
    }

    @Test
    void defaultCodesAreSixDigitSha1() {
        // The last six digits of the RFC's eight-digit SHA1 value at the same time.
        assertThat(totp.codeAt(SHA1_SEED, NOW_STEP)).isEqualTo("081804");
    }

    @Test
    void currentStepCountsThirtySecondPeriods() {
        assertThat(totp.currentStep()).isEqualTo(37037036L);
    }

    @Test
    void currentCodeIsAcceptedAndItsStepReturned() {
        assertThat(totp.verify(SHA1_SEED, "081804", NONE)).isEqualTo(OptionalLong.of(NOW_STEP));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 1})
    void codeOneStepEitherSideIsAccepted(long offset) {
        String code = totp.codeAt(SHA1_SEED, NOW_STEP + offset);

        assertThat(totp.verify(SHA1_SEED, code, NONE)).isEqualTo(OptionalLong.of(NOW_STEP + offset));
    }

    @ParameterizedTest
    @ValueSource(longs = {-3, -2, 2, 3})
    void codeTwoOrMoreStepsAwayIsRefused(long offset) {
        String code = totp.codeAt(SHA1_SEED, NOW_STEP + offset);

        assertThat(totp.verify(SHA1_SEED, code, NONE)).isEmpty();
    }

    @Test
    void replayedCodeIsRefused() {
        String code = totp.codeAt(SHA1_SEED, NOW_STEP);
        long accepted = totp.verify(SHA1_SEED, code, NONE).orElseThrow();

        assertThat(totp.verify(SHA1_SEED, code, accepted)).isEmpty();
    }

    @Test
    void codeOlderThanTheLastAcceptedStepIsRefused() {
        String previous = totp.codeAt(SHA1_SEED, NOW_STEP - 1);

        assertThat(totp.verify(SHA1_SEED, previous, NOW_STEP)).isEmpty();
    }

    @Test
    void nextCodeIsAcceptedAfterTheCurrentOne() {
        String next = totp.codeAt(SHA1_SEED, NOW_STEP + 1);

        assertThat(totp.verify(SHA1_SEED, next, NOW_STEP)).isEqualTo(OptionalLong.of(NOW_STEP + 1));
    }

    @Test
    void spacesInTheTypedCodeAreIgnored() {
        assertThat(totp.verify(SHA1_SEED, " 081 804 ", NONE)).isEqualTo(OptionalLong.of(NOW_STEP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "08180", "0818040", "08180a", "081-804", "０８１８０４", "12345678"})
    void anythingButSixDigitsIsRefused(String typed) {
        assertThat(totp.verify(SHA1_SEED, typed, NONE)).isEmpty();
    }

    @Test
    void missingCodeIsRefused() {
        assertThat(totp.verify(SHA1_SEED, null, NONE)).isEmpty();
    }

    @Test
    void wrongCodeIsRefused() {
        String code = totp.codeAt(SHA1_SEED, NOW_STEP);
        String wrong = code.equals("000000") ? "000001" : "000000";

        assertThat(totp.verify(SHA1_SEED, wrong, NONE)).isEmpty();
    }

    @Test
    void otpauthUriHasTheExactAuthenticatorFormat() {
        assertThat(Totp.otpauthUri(SHA1_SEED, "alice@example.com"))
                .isEqualTo("otpauth://totp/Nest%20Egg:alice%40example.com"
                        + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Nest%20Egg&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void spacesInTheAccountLabelAreEncodedAsPercent20() {
        assertThat(Totp.otpauthUri(SHA1_SEED, "Family vault"))
                .startsWith("otpauth://totp/Nest%20Egg:Family%20vault?secret=");
    }

    @Test
    void base32SecretHasNoPadding() {
        assertThat(Totp.base32Secret(SHA1_SEED)).containsExactly("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ".toCharArray());
        assertThat(Totp.base32Secret("f".getBytes(StandardCharsets.US_ASCII))).containsExactly('M', 'Y');
    }

    @Test
    void newSecretsAre20RandomBytes() {
        SecureRandom random = new SecureRandom();

        assertThat(Totp.newSecret(random)).hasSize(20).isNotEqualTo(Totp.newSecret(random));
    }

    private static byte[] seedFor(String algorithm) {
        String seed = switch (algorithm) {
            case "HmacSHA1" -> "12345678901234567890";
            case "HmacSHA256" -> "12345678901234567890123456789012";
            case "HmacSHA512" -> "1234567890123456789012345678901234567890123456789012345678901234";
            default -> throw new IllegalArgumentException(algorithm);
        };
        return seed.getBytes(StandardCharsets.US_ASCII);
    }
}
