package app.nestegg.vault.household;

import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Arrays;

/**
 * X25519 keys in age's text forms, made by jagged: the recipient {@code age1…} that bundles are encrypted to and the
 * identity {@code AGE-SECRET-KEY-1…} that opens them.
 */
final class AgeKeys {

    static final String RECIPIENT_PREFIX = "age1";
    static final int MAX_RECIPIENT = 100;

    private AgeKeys() {}

    /** A new key pair; the caller wipes the identity. */
    static Pair generate() {
        try {
            KeyPair pair = new X25519KeyPairGenerator().generateKeyPair();
            byte[] identity = pair.getPrivate().getEncoded();
            char[] chars = new char[identity.length];
            for (int i = 0; i < identity.length; i++) {
                chars[i] = (char) identity[i];
            }
            Arrays.fill(identity, (byte) 0);
            return new Pair(new String(pair.getPublic().getEncoded(), StandardCharsets.US_ASCII), chars);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is not available in this Java runtime", e);
        }
    }

    /** Whether {@code recipient} is an age X25519 recipient that a bundle could be encrypted to. */
    static boolean isRecipient(String recipient) {
        if (recipient == null
                || recipient.length() > MAX_RECIPIENT
                || !recipient.startsWith(RECIPIENT_PREFIX)
                || !recipient.equals(recipient.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        try {
            X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(recipient);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    record Pair(String recipient, char[] identity) {
        void wipe() {
            Arrays.fill(identity, '\0');
        }
    }
}
