package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.Ed25519;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The Ed25519 signature at the end of a bundle. It signs a short message: a context line, the frame and header bytes
 * as written, and the SHA-512 digest of the payload. Signing the payload's digest rather than the payload lets writer
 * and reader stream a payload of any size (the JDK's Ed25519 keeps the whole message in memory); the context line
 * keeps a bundle signature from being valid for anything else the same key signs.
 */
final class BundleSignature {

    static final int LENGTH = 64;
    private static final byte[] CONTEXT = "nest-egg bundle signature 1\n".getBytes(StandardCharsets.US_ASCII);

    private BundleSignature() {}

    static MessageDigest payloadDigest() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }

    static byte[] sign(byte[] signingSeed, byte[] frameAndHeader, byte[] payloadDigest) {
        try {
            return Ed25519.sign(signingSeed, message(frameAndHeader, payloadDigest));
        } finally {
            Arrays.fill(signingSeed, (byte) 0);
        }
    }

    /** False for a signature that is not the key's over these bytes, including one that cannot be decoded. */
    static boolean verify(byte[] publicKey, byte[] frameAndHeader, byte[] payloadDigest, byte[] signature) {
        return Ed25519.verify(publicKey, message(frameAndHeader, payloadDigest), signature);
    }

    private static byte[] message(byte[] frameAndHeader, byte[] payloadDigest) {
        byte[] message = Arrays.copyOf(CONTEXT, CONTEXT.length + frameAndHeader.length + payloadDigest.length);
        System.arraycopy(frameAndHeader, 0, message, CONTEXT.length, frameAndHeader.length);
        System.arraycopy(payloadDigest, 0, message, CONTEXT.length + frameAndHeader.length, payloadDigest.length);
        return message;
    }
}
