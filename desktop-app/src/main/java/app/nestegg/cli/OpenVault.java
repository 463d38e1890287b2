package app.nestegg.cli;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.Wipe;
import java.nio.file.Path;

/**
 * An unlocked vault for the length of one command, with the passphrase that opened it (changing the passphrase and
 * erasing the vault check it again). Closing locks the vault and wipes the passphrase.
 */
record OpenVault(Path folder, VaultSession session, char[] passphrase) implements AutoCloseable {

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            Wipe.chars(passphrase);
        }
    }
}
