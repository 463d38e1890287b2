package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MasterKeyTest {

    private static final byte[] KEY =
            HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    @Test
    void generatedKeysAre32RandomBytes() {
        SecureRandom random = new SecureRandom();
        try (MasterKey first = MasterKey.generate(random);
                MasterKey second = MasterKey.generate(random)) {
            assertThat(first.copyBytes()).hasSize(32).isNotEqualTo(second.copyBytes());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 31, 33, 64})
    void keysOfTheWrongLengthAreRefused(int length) {
        assertThatThrownBy(() -> MasterKey.copyOf(new byte[length])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyOfKeepsItsOwnCopy() {
        byte[] source = KEY.clone();
        try (MasterKey key = MasterKey.copyOf(source)) {
            Wipe.bytes(source);

            assertThat(key.copyBytes()).isEqualTo(KEY);
        }
    }

    @Test
    void copyBytesGivesACopyTheCallerMayWipe() {
        try (MasterKey key = MasterKey.copyOf(KEY)) {
            Wipe.bytes(key.copyBytes());

            assertThat(key.copyBytes()).isEqualTo(KEY);
        }
    }

    @Test
    void subkeyIsHkdfOfTheKeyWithThePurposeInfo() {
        try (MasterKey key = MasterKey.copyOf(KEY)) {
            assertThat(key.subkey(Subkey.FIELD_ENCRYPTION))
                    .hasSize(32)
                    .isEqualTo(Hkdf.derive(KEY, Subkey.FIELD_ENCRYPTION.info(), 32));
        }
    }

    @Test
    void eachPurposeGetsADifferentSubkey() {
        try (MasterKey key = MasterKey.copyOf(KEY)) {
            assertThat(Stream.of(Subkey.values())
                            .map(key::subkey)
                            .map(HexFormat.of()::formatHex)
                            .distinct())
                    .hasSize(Subkey.values().length);
        }
    }

    @Test
    void h2PasswordIsTwoLowercaseHexSubkeysSeparatedByOneSpace() {
        try (MasterKey key = MasterKey.copyOf(KEY)) {
            String password = new String(key.h2Password());

            String fileHex = HexFormat.of().formatHex(key.subkey(Subkey.H2_FILE_PASSWORD));
            String userHex = HexFormat.of().formatHex(key.subkey(Subkey.H2_USER_PASSWORD));
            assertThat(password).isEqualTo(fileHex + " " + userHex).matches("[0-9a-f]{64} [0-9a-f]{64}");
        }
    }

    static Stream<Consumer<MasterKey>> usesOfTheKey() {
        return Stream.of(MasterKey::copyBytes, key -> key.subkey(Subkey.FIELD_ENCRYPTION), MasterKey::h2Password);
    }

    @ParameterizedTest
    @MethodSource("usesOfTheKey")
    void useAfterCloseIsRefused(Consumer<MasterKey> use) {
        MasterKey key = MasterKey.copyOf(KEY);
        key.close();

        assertThatThrownBy(() -> use.accept(key))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("master key already wiped");
    }

    @Test
    void closingTwiceIsHarmless() {
        MasterKey key = MasterKey.copyOf(KEY);
        key.close();
        key.close();

        assertThat(key).hasToString("MasterKey[wiped]");
    }

    @Test
    void toStringDoesNotRevealTheKey() {
        try (MasterKey key = MasterKey.copyOf(KEY)) {
            assertThat(key.toString())
                    .doesNotContain(HexFormat.of().formatHex(KEY).substring(0, 8))
                    .doesNotContain("0, 1, 2");
        }
    }
}
