package app.nestegg.vault.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Raw-key signing and verifying against RFC 8032, section 7.1, test 1 (an empty message). */
class Ed25519Test {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SEED = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final byte[] PUBLIC =
            HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final byte[] SIGNATURE =
            HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                    + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

    @Test
    void theSeedSignsAsTheRfcSays() {
        assertThat(Ed25519.sign(SEED, new byte[0])).isEqualTo(SIGNATURE);
    }

    @Test
    void theRawPublicKeyVerifiesTheRfcsSignatureAndNothingElse() {
        byte[] other = SIGNATURE.clone();
        other[0] ^= 1;

        assertThat(Ed25519.verify(PUBLIC, new byte[0], SIGNATURE)).isTrue();
        assertThat(Ed25519.verify(PUBLIC, new byte[] {1}, SIGNATURE)).isFalse();
        assertThat(Ed25519.verify(PUBLIC, new byte[0], other)).isFalse();
        assertThat(Ed25519.verify(new byte[31], new byte[0], SIGNATURE)).isFalse();
    }

    @Test
    void aNewPairSignsForItsOwnPublicKey() {
        Ed25519.Pair pair = Ed25519.generate();

        assertThat(Ed25519.verify(pair.publicKey(), new byte[] {7}, Ed25519.sign(pair.seed(), new byte[] {7})))
                .isTrue();
    }
}
