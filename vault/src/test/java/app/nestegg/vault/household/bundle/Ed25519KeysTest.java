package app.nestegg.vault.household.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The raw key forms against RFC 8032, section 7.1, test 1 (an empty message). */
class Ed25519KeysTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SEED = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final byte[] PUBLIC =
            HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final byte[] SIGNATURE =
            HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                    + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

    @Test
    void theRawPublicKeyIsRfc8032sEncoding() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(SEED, 0, bytes, 0, bytes.length);
            }
        });
        KeyPair pair = generator.generateKeyPair();

        assertThat(Ed25519Keys.rawPublicKey((EdECPublicKey) pair.getPublic())).isEqualTo(PUBLIC);
    }

    @Test
    void aRawPublicKeyVerifiesRfc8032sSignatureAndASeedSignsIt() throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(Ed25519Keys.publicKey(PUBLIC));
        assertThat(verifier.verify(SIGNATURE)).isTrue();

        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(Ed25519Keys.privateKey(SEED));
        assertThat(signer.sign()).isEqualTo(SIGNATURE);
    }
}
