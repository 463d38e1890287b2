package app.nestegg.vault.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK. A sealed message is the 12-byte random nonce followed by the ciphertext and its 16-byte
 * tag; the associated data is authenticated but not stored.
 */
public final class AesGcm {

    /** Key length in bytes. */
    public static final int KEY_LENGTH = 32;

    /** Nonce length in bytes. */
    public static final int NONCE_LENGTH = 12;

    /** Authentication tag length in bytes. */
    public static final int TAG_LENGTH = 16;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {}

    /**
     * Encrypts and authenticates {@code plaintext}, binding it to {@code associatedData} (null means none).
     *
     * @return nonce || ciphertext || tag
     */
    public static byte[] seal(byte[] key32, byte[] plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key32, nonce, associatedData);
            byte[] sealed = new byte[NONCE_LENGTH + cipher.getOutputSize(plaintext.length)];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_LENGTH);
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_LENGTH);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw brokenJdk(e);
        }
    }

    /**
     * Checks and decrypts a message made by {@link #seal}.
     *
     * @return the plaintext, which the caller wipes if it is secret
     * @throws AEADBadTagException if the message was altered, is truncated, or the key or associated data differ
     */
    public static byte[] open(byte[] key32, byte[] sealed, byte[] associatedData) throws AEADBadTagException {
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.length < NONCE_LENGTH + TAG_LENGTH) {
            throw new AEADBadTagException("sealed message too short to hold a nonce and a tag");
        }
        byte[] nonce = new byte[NONCE_LENGTH];
        System.arraycopy(sealed, 0, nonce, 0, NONCE_LENGTH);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key32, nonce, associatedData);
            return cipher.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw brokenJdk(e);
        }
    }

    private static Cipher cipher(int mode, byte[] key32, byte[] nonce, byte[] associatedData)
            throws GeneralSecurityException {
        Objects.requireNonNull(key32, "key32");
        if (key32.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an AES-256 key is " + KEY_LENGTH + " bytes, not " + key32.length);
        }
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, new SecretKeySpec(key32, "AES"), new GCMParameterSpec(TAG_LENGTH * Byte.SIZE, nonce));
        if (associatedData != null) {
            cipher.updateAAD(associatedData);
        }
        return cipher;
    }

    private static IllegalStateException brokenJdk(GeneralSecurityException e) {
        return new IllegalStateException("the JDK's AES-GCM failed unexpectedly", e);
    }
}
