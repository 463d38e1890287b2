package app.nestegg.vault.household;

import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Locale;

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
            try {
                return new Pair(new String(pair.getPublic().getEncoded(), StandardCharsets.US_ASCII), chars(identity));
            } finally {
                Arrays.fill(identity, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is not available in this Java runtime", e);
        }
    }

    /** Whether {@code recipient} is an age X25519 recipient that a bundle could be encrypted to. */
    static boolean isRecipient(String recipient) {
        if (recipient == null
                || recipient.length() > MAX_RECIPIENT
                || !recipient.startsWith(RECIPIENT_PREFIX)
                || !recipient.equals(recipient.toLowerCase(Locale.ROOT))) {
            return false;
        }
        try {
            X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(recipient);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** An identity's ASCII bytes as characters, without passing through a {@code String} that cannot be wiped. */
    static char[] chars(byte[] ascii) {
        char[] chars = new char[ascii.length];
        for (int i = 0; i < ascii.length; i++) {
            chars[i] = (char) ascii[i];
        }
        return chars;
    }

    /** The reverse of {@link #chars}. */
    static byte[] bytes(char[] ascii) {
        byte[] bytes = new byte[ascii.length];
        for (int i = 0; i < ascii.length; i++) {
            bytes[i] = (byte) ascii[i];
        }
        return bytes;
    }

    record Pair(String recipient, char[] identity) {
        void wipe() {
            Arrays.fill(identity, '\0');
        }
    }
}
