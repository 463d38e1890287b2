package app.nestegg.vault.exchange.export;

import app.nestegg.vault.security.Wipe;
import com.exceptionfactory.jagged.FileKey;
import com.exceptionfactory.jagged.RecipientStanza;
import com.exceptionfactory.jagged.RecipientStanzaWriter;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** Wraps an age file key under a passphrase in the one {@code scrypt} stanza of the header. */
final class ScryptStanzaWriter implements RecipientStanzaWriter {

    private final char[] passphrase;
    private final int workFactor;
    private final SecureRandom random;

    /** Keeps a reference to the passphrase, which the caller wipes after the header is written. */
    ScryptStanzaWriter(char[] passphrase, int workFactor, SecureRandom random) {
        if (workFactor < 1 || workFactor > ScryptStanza.MAX_WORK_FACTOR) {
            throw new IllegalArgumentException("The scrypt work factor must be 1 to " + ScryptStanza.MAX_WORK_FACTOR);
        }
        this.passphrase = passphrase;
        this.workFactor = workFactor;
        this.random = random;
    }

    @Override
    public Iterable<RecipientStanza> getRecipientStanzas(FileKey fileKey) throws GeneralSecurityException {
        byte[] salt = new byte[ScryptStanza.SALT_LENGTH];
        random.nextBytes(salt);
        byte[] key = ScryptStanza.wrappingKey(passphrase, salt, workFactor);
        byte[] plainFileKey = fileKey.getEncoded();
        try {
            byte[] body = ScryptStanza.seal(key, plainFileKey);
            String encodedSalt = Base64.getEncoder().withoutPadding().encodeToString(salt);
            return List.of(new ScryptStanza(encodedSalt, Integer.toString(workFactor), body));
        } finally {
            Wipe.bytes(key, plainFileKey);
        }
    }
}
