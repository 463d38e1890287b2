package app.nestegg.vault.exchange.export;

import app.nestegg.vault.security.Wipe;
import com.exceptionfactory.jagged.FileKey;
import com.exceptionfactory.jagged.RecipientStanza;
import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.UnsupportedRecipientStanzaException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Opens the file key of an age file encrypted with a passphrase. As the age specification asks, an {@code scrypt}
 * stanza must be the header's only one, its salt 16 bytes in canonical unpadded Base64, its work factor a decimal
 * without leading zeros and at most {@link ScryptStanza#MAX_WORK_FACTOR}, its body 32 bytes. The key derived last is
 * kept, so reading the same file twice (checking it, then restoring it) costs one scrypt run; {@link #wipe} clears it.
 */
final class ScryptStanzaReader implements RecipientStanzaReader {

    private static final Pattern DECIMAL = Pattern.compile("[1-9][0-9]{0,1}");

    private final char[] passphrase;
    private final int maxWorkFactor;
    private String cachedFor;
    private byte[] cachedKey;

    /** Keeps a reference to the passphrase, which the caller wipes after the last read. */
    ScryptStanzaReader(char[] passphrase, int maxWorkFactor) {
        this.passphrase = passphrase;
        this.maxWorkFactor = maxWorkFactor;
    }

    @Override
    public FileKey getFileKey(Iterable<RecipientStanza> recipientStanzas) throws GeneralSecurityException {
        List<RecipientStanza> stanzas = new ArrayList<>();
        recipientStanzas.forEach(stanzas::add);
        RecipientStanza stanza = stanzas.stream()
                .filter(s -> ScryptStanza.TYPE.equals(s.getType()))
                .findFirst()
                .orElseThrow(() -> new UnsupportedRecipientStanzaException(
                        "The file is not encrypted with a passphrase (no scrypt stanza)"));
        if (stanzas.size() != 1) {
            throw new GeneralSecurityException("An scrypt stanza must be the only stanza of the header");
        }
        List<String> arguments = stanza.getArguments();
        if (arguments.size() != 2) {
            throw new GeneralSecurityException("The scrypt stanza must have two arguments");
        }
        byte[] salt = canonicalBase64(arguments.get(0));
        if (salt.length != ScryptStanza.SALT_LENGTH) {
            throw new GeneralSecurityException("The scrypt salt must be 16 bytes");
        }
        String workFactorText = arguments.get(1);
        if (!DECIMAL.matcher(workFactorText).matches()) {
            throw new GeneralSecurityException("The scrypt work factor is not a plain decimal");
        }
        int workFactor = Integer.parseInt(workFactorText);
        if (workFactor > maxWorkFactor) {
            throw new GeneralSecurityException("The scrypt work factor " + workFactor + " is above the limit of "
                    + maxWorkFactor + " this app accepts");
        }
        byte[] body = stanza.getBody();
        if (body.length != ScryptStanza.BODY_LENGTH) {
            throw new GeneralSecurityException("The scrypt stanza body must be 32 bytes");
        }
        byte[] key = wrappingKey(arguments.get(0) + " " + workFactorText, salt, workFactor);
        // The FileKey keeps this array and jagged destroys it when done, so it is not wiped here.
        return new FileKey(ScryptStanza.open(key, body));
    }

    void wipe() {
        if (cachedKey != null) {
            Wipe.bytes(cachedKey);
            cachedKey = null;
            cachedFor = null;
        }
    }

    private byte[] wrappingKey(String stanzaArguments, byte[] salt, int workFactor) {
        if (!stanzaArguments.equals(cachedFor)) {
            wipe();
            cachedKey = ScryptStanza.wrappingKey(passphrase, salt, workFactor);
            cachedFor = stanzaArguments;
        }
        return cachedKey;
    }

    private static byte[] canonicalBase64(String text) throws GeneralSecurityException {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            if (!Base64.getEncoder().withoutPadding().encodeToString(decoded).equals(text)) {
                throw new GeneralSecurityException("The scrypt salt is not canonical unpadded Base64");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("The scrypt salt is not Base64", e);
        }
    }
}
