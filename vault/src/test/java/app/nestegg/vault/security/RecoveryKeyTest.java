package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryKeyTest {

    /** Base32 of the ASCII bytes "12345678901234567890". */
    private static final String KNOWN = "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ";

    private static final byte[] KNOWN_BYTES = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void formattedKeyIsEightGroupsOfFourBase32Characters() {
        try (RecoveryKey key = RecoveryKey.generate(new SecureRandom())) {
            assertThat(new String(key.formatted())).matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}");
        }
    }

    @Test
    void formattedKeyIsTheBase32OfItsBytes() {
        try (RecoveryKey key = RecoveryKey.generate(fixedBytes(KNOWN_BYTES))) {
            assertThat(key.formatted()).containsExactly(KNOWN.toCharArray());
        }
    }

    @Test
    void wrapKeyIsHkdfOfTheKeyBytesForRecoveryWrapping() {
        try (RecoveryKey key = RecoveryKey.parse(KNOWN.toCharArray())) {
            assertThat(key.wrapKey()).hasSize(32).isEqualTo(Hkdf.derive(KNOWN_BYTES, Subkey.RECOVERY_WRAP.info(), 32));
        }
    }

    @Test
    void parsingTheFormattedKeyGivesTheSameKey() {
        try (RecoveryKey generated = RecoveryKey.generate(new SecureRandom());
                RecoveryKey parsed = RecoveryKey.parse(generated.formatted())) {
            assertThat(parsed.wrapKey()).isEqualTo(generated.wrapKey());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gezd-gnbv-gy3t-qojq-gezd-gnbv-gy3t-qojq",
                "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                "gezd gnbv gy3t qojq gezd gnbv gy3t qojq",
                "  GeZd-GnBv GY3T--QOJQ\tgezdgnbv-gy3t-qojq\n",
                "GEZD-GNBV-GY3T-Q0JQ-GEZD-GNBV-GY3T-Q0JQ",
            })
    void spacesDashesAndCaseAreIgnored(String typed) {
        try (RecoveryKey key = RecoveryKey.parse(typed.toCharArray())) {
            assertThat(key.formatted()).containsExactly(KNOWN.toCharArray());
        }
    }

    @Test
    void digitsThatLookLikeLettersAreReadAsThoseLetters() {
        try (RecoveryKey typedWithDigits = RecoveryKey.parse("0000-1111-8888-AAAA-0181-AAAA-AAAA-AAAA".toCharArray());
                RecoveryKey typedWithLetters =
                        RecoveryKey.parse("OOOO-IIII-BBBB-AAAA-OIBI-AAAA-AAAA-AAAA".toCharArray())) {
            assertThat(typedWithDigits.formatted()).containsExactly(typedWithLetters.formatted());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJ",
                "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQA",
                "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJ9",
                "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJ=",
                "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJ!",
                "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJÉ",
                "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJ\u0141",
            })
    void malformedKeysAreRefusedWithTheExpectedForm(String typed) {
        assertThatThrownBy(() -> RecoveryKey.parse(typed.toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 characters")
                .hasMessageContaining("groups of 4");
    }

    @Test
    void refusalDoesNotEchoTheInput() {
        char[] typed = "SECR-ETKE-YGRO-UPSX-GEZD-GNBV-GY3T-QOJ9".toCharArray();

        assertThatThrownBy(() -> RecoveryKey.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("SECR", "ETKE", "QOJ9");
    }

    @Test
    void parseLeavesTheTypedCharactersForTheCallerToWipe() {
        char[] typed = KNOWN.toCharArray();

        RecoveryKey.parse(typed).close();

        assertThat(typed).containsExactly(KNOWN.toCharArray());
    }

    @Test
    void useAfterCloseIsRefused() {
        RecoveryKey key = RecoveryKey.parse(KNOWN.toCharArray());
        key.close();

        assertThatThrownBy(key::formatted).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(key::wrapKey).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toStringDoesNotRevealTheKey() {
        try (RecoveryKey key = RecoveryKey.parse(KNOWN.toCharArray())) {
            assertThat(key.toString()).doesNotContain("GEZD", "1234");
        }
    }

    /** A random source that hands out the given bytes, to make a recovery key with known contents. */
    private static SecureRandom fixedBytes(byte[] bytes) {
        return new SecureRandom() {
            @Override
            public void nextBytes(byte[] target) {
                System.arraycopy(bytes, 0, target, 0, target.length);
            }
        };
    }
}
