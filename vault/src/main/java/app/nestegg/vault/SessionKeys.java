package app.nestegg.vault;

import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Mfa;
import app.nestegg.vault.security.Subkey;

/** Builds the services that need subkeys of the master key. */
final class SessionKeys {

    private SessionKeys() {}

    static Mfa mfa(MasterKey masterKey, VaultEnvironment env) {
        return new Mfa(
                new FieldCipher(masterKey.subkey(Subkey.FIELD_ENCRYPTION)),
                masterKey.subkey(Subkey.BACKUP_CODE_HASHING),
                env.clock(),
                env.random());
    }
}
