package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.stream.IntStream;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmTest {

    private static final byte[] KEY = randomKey();
    private static final byte[] PLAINTEXT = "budget: 1,250.00".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD = "accounts.note#42".getBytes(StandardCharsets.UTF_8);

    @Test
    void openReturnsWhatWasSealed() throws AEADBadTagException {
        byte[] sealed = AesGcm.seal(KEY, PLAINTEXT, AAD);

        assertThat(AesGcm.open(KEY, sealed, AAD)).isEqualTo(PLAINTEXT);
    }

    @Test
    void emptyPlaintextAndNoAssociatedDataRoundTrip() throws AEADBadTagException {
        byte[] sealed = AesGcm.seal(KEY, new byte[0], null);

        assertThat(AesGcm.open(KEY, sealed, null)).isEmpty();
    }

    @Test
    void sealedMessageIsNonceThenCiphertextThenTag() {
        byte[] sealed = AesGcm.seal(KEY, PLAINTEXT, AAD);

        assertThat(sealed).hasSize(12 + PLAINTEXT.length + 16);
    }

    @Test
    void sealingTheSamePlaintextTwiceGivesDifferentMessages() {
        assertThat(AesGcm.seal(KEY, PLAINTEXT, AAD)).isNotEqualTo(AesGcm.seal(KEY, PLAINTEXT, AAD));
    }

    static IntStream everyBitOfASealedMessage() {
        return IntStream.range(0, (12 + PLAINTEXT.length + 16) * 8);
    }

    @ParameterizedTest
    @MethodSource("everyBitOfASealedMessage")
    void aFlippedBitAnywhereIsDetected(int bit) {
        byte[] sealed = AesGcm.seal(KEY, PLAINTEXT, AAD);
        sealed[bit / 8] ^= (byte) (1 << (bit % 8));

        assertThatThrownBy(() -> AesGcm.open(KEY, sealed, AAD)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aDifferentKeyIsDetected() {
        byte[] sealed = AesGcm.seal(KEY, PLAINTEXT, AAD);

        assertThatThrownBy(() -> AesGcm.open(randomKey(), sealed, AAD)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void differentAssociatedDataIsDetected() {
        byte[] sealed = AesGcm.seal(KEY, PLAINTEXT, AAD);
        byte[] otherRow = "accounts.note#43".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AesGcm.open(KEY, sealed, otherRow)).isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> AesGcm.open(KEY, sealed, null)).isInstanceOf(AEADBadTagException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 12, 27})
    void inputTooShortForNonceAndTagIsABadTag(int length) {
        assertThatThrownBy(() -> AesGcm.open(KEY, new byte[length], AAD)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void truncatedMessageIsDetected() {
        byte[] sealed = AesGcm.seal(KEY, PLAINTEXT, AAD);
        byte[] truncated = Arrays.copyOf(sealed, sealed.length - 1);

        assertThatThrownBy(() -> AesGcm.open(KEY, truncated, AAD)).isInstanceOf(AEADBadTagException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 24, 31, 33})
    void keysThatAreNot256BitsAreRefused(int length) {
        assertThatThrownBy(() -> AesGcm.seal(new byte[length], PLAINTEXT, AAD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
