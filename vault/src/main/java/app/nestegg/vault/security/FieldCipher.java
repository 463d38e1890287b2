package app.nestegg.vault.security;

import app.nestegg.vault.VaultDamagedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * AES-256-GCM for single fields (TOTP secret, provider tokens, identity keys, addresses), under the field-encryption
 * subkey. The context names the field, so a sealed value moved to another field fails to open.
 */
public final class FieldCipher {

    private final byte[] key;

    public FieldCipher(byte[] fieldKey) {
        this.key = fieldKey;
    }

    public byte[] seal(byte[] plaintext, String context) {
        return AesGcm.seal(key, plaintext, context.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] open(byte[] sealed, String context) {
        try {
            return AesGcm.open(key, sealed, context.getBytes(StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new VaultDamagedException(
                    Path.of("vault database"), "the encrypted field " + context + " does not open", Optional.empty());
        }
    }

    public void wipe() {
        Wipe.bytes(key);
    }
}
