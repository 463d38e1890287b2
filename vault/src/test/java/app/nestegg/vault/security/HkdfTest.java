package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HkdfTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void matchesRfc5869TestCase1() {
        byte[] ikm = new byte[22];
        Arrays.fill(ikm, (byte) 0x0b);
        byte[] salt = HEX.parseHex("000102030405060708090a0b0c");
        byte[] info = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");

        byte[] okm = Hkdf.derive(ikm, salt, info, 42);

        assertThat(HEX.formatHex(okm))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    @Test
    void matchesRfc5869TestCase3WithEmptySaltAndInfo() {
        byte[] ikm = new byte[22];
        Arrays.fill(ikm, (byte) 0x0b);

        byte[] okm = Hkdf.derive(ikm, new byte[0], new byte[0], 42);

        assertThat(HEX.formatHex(okm))
                .isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    @Test
    void infoStringFormUsesTheFixedAppSalt() {
        byte[] ikm = HEX.parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

        byte[] withFixedSalt = Hkdf.derive(ikm, "nest-egg/test", 32);
        byte[] explicit = Hkdf.derive(
                ikm,
                "nest-egg/hkdf/v1".getBytes(StandardCharsets.UTF_8),
                "nest-egg/test".getBytes(StandardCharsets.UTF_8),
                32);

        assertThat(withFixedSalt).isEqualTo(explicit);
    }

    @Test
    void differentInfoGivesUnrelatedOutput() {
        byte[] ikm = new byte[32];

        assertThat(Hkdf.derive(ikm, "nest-egg/a", 32)).isNotEqualTo(Hkdf.derive(ikm, "nest-egg/b", 32));
    }

    @Test
    void inputKeyIsLeftUntouched() {
        byte[] ikm = {1, 2, 3, 4};

        Hkdf.derive(ikm, "nest-egg/test", 32);

        assertThat(ikm).containsExactly(1, 2, 3, 4);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 255 * 32 + 1})
    void impossibleLengthsAreRefused(int length) {
        assertThatThrownBy(() -> Hkdf.derive(new byte[32], "nest-egg/test", length))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
