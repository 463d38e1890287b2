package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupCodesTest {

    private static final byte[] KEY =
            HexFormat.of().parseHex("101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f");

    @Test
    void tenDistinctCodesOfTheShapeXxxxDashXxxx() {
        List<char[]> codes = BackupCodes.generate(new SecureRandom());

        assertThat(codes).hasSize(BackupCodes.COUNT);
        assertThat(codes.stream().map(String::new))
                .allMatch(code ->
                        code.matches("[abcdefghjkmnpqrstuvwxyz23456789]{4}-[abcdefghjkmnpqrstuvwxyz23456789]{4}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void alphabetLeavesOutLookAlikes() {
        assertThat(BackupCodes.ALPHABET).doesNotContain("i", "l", "o", "0", "1").hasSize(31);
    }

    @Test
    void aDuplicateCodeIsDrawnAgain() {
        List<char[]> codes = BackupCodes.generate(repeatsFirstCode());

        assertThat(codes.stream().map(String::new)).hasSize(BackupCodes.COUNT).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd-efgh", "ABCD-EFGH", "abcdefgh", "abcd efgh", " Ab-Cd-Ef-Gh ", "ABCD\tEFGH"})
    void hashIgnoresCaseSpacesAndDashes(String typed) {
        assertThat(BackupCodes.hash(KEY, typed)).isEqualTo(BackupCodes.hash(KEY, "abcd-efgh"));
    }

    @Test
    void hashIsHmacSha256OfTheNormalizedCode() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));

        assertThat(BackupCodes.hash(KEY, "ABCD-EFGH"))
                .isEqualTo(mac.doFinal("abcdefgh".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void differentKeysGiveDifferentHashes() {
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;

        assertThat(BackupCodes.hash(KEY, "abcd-efgh")).isNotEqualTo(BackupCodes.hash(otherKey, "abcd-efgh"));
    }

    @Test
    void differentCodesGiveDifferentHashes() {
        assertThat(BackupCodes.hash(KEY, "abcd-efgh")).isNotEqualTo(BackupCodes.hash(KEY, "abcd-efgj"));
    }

    @Test
    void generatedCodesLookLikeBackupCodes() {
        assertThat(BackupCodes.generate(new SecureRandom()))
                .allMatch(code -> BackupCodes.looksLikeBackupCode(CharBuffer.wrap(code)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd-efgh", "ABCD EFGH", "2345-6789"})
    void typedBackupCodesAreRecognised(String typed) {
        assertThat(BackupCodes.looksLikeBackupCode(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456", "abcd-efg", "abcd-efghj", "abcd-efgi", "abcd-efg1", "abcd_efgh"})
    void otherInputIsNotABackupCode(String typed) {
        assertThat(BackupCodes.looksLikeBackupCode(typed)).isFalse();
    }

    @Test
    void missingInputIsNotABackupCode() {
        assertThat(BackupCodes.looksLikeBackupCode(null)).isFalse();
    }

    /** Draws "aaaa-aaaa" twice, then counts through the alphabet, so the second code is a duplicate. */
    private static SecureRandom repeatsFirstCode() {
        return new SecureRandom() {
            private int calls;

            @Override
            public int nextInt(int bound) {
                int call = calls++;
                return call < 16 ? 0 : call % bound;
            }
        };
    }
}
