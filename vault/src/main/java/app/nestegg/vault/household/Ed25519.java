package app.nestegg.vault.household;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 through the JDK, with keys in the raw 32-byte form member cards and bundles carry: the public key as RFC 8032
 * encodes it, the private key as its seed.
 */
public final class Ed25519 {

    public static final int KEY_BYTES = 32;
    public static final int SIGNATURE_BYTES = 64;

    /** The X.509 SubjectPublicKeyInfo header in front of a raw Ed25519 key (RFC 8410). */
    private static final byte[] X509_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {}

    /** A new key pair: {@code publicKey} and {@code seed}, 32 bytes each; the caller wipes the seed. */
    static Pair generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] encoded = pair.getPublic().getEncoded();
            byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - KEY_BYTES, encoded.length);
            byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            return new Pair(publicKey, seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this Java runtime", e);
        }
    }

    /** Signs {@code data} with the private key given by its 32-byte seed. */
    public static byte[] sign(byte[] seed, byte[] data) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this Java runtime", e);
        }
    }

    /** Whether {@code signature} is the signature of {@code data} by the raw 32-byte public key; false for a bad key. */
    public static boolean verify(byte[] publicKey, byte[] data, byte[] signature) {
        if (publicKey.length != KEY_BYTES || signature.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            byte[] encoded = Arrays.copyOf(X509_HEADER, X509_HEADER.length + KEY_BYTES);
            System.arraycopy(publicKey, 0, encoded, X509_HEADER.length, KEY_BYTES);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A raw key pair; {@link #wipe} clears the seed. */
    record Pair(byte[] publicKey, byte[] seed) {
        void wipe() {
            Arrays.fill(seed, (byte) 0);
        }
    }
}
