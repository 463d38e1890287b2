package app.nestegg.cli;

import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Subkey;
import app.nestegg.vault.store.VaultFolder;
import java.util.Locale;
import javax.crypto.AEADBadTagException;

/**
 * The keys a vault holds and never shows — the master key, every subkey of it, the household member's Ed25519 private
 * key and age identity — read by opening the vault the way the app does, and added to a scan.
 */
final class VaultKeySecrets {

    private VaultKeySecrets() {}

    /** Adds the keys of {@code cli}'s vault, named after {@code who}; opens it with the passphrase and {@code factor}. */
    static void add(SecretScan scan, String who, CliRunner cli, String passphrase, SecondFactor factor)
            throws AEADBadTagException {
        try (MasterKey master =
                KeyringFile.read(new VaultFolder(cli.vault)).unwrapWithPassphrase(passphrase.toCharArray())) {
            scan.bytes(who + " master key", master.copyBytes());
            for (Subkey purpose : Subkey.values()) {
                if (purpose != Subkey.RECOVERY_WRAP) {
                    scan.bytes(who + " " + purpose.name().toLowerCase(Locale.ROOT) + " key", master.subkey(purpose));
                }
            }
        }
        VaultSession session = new VaultService(cli.vaultEnvironment())
                .unlock(cli.vault, passphrase.toCharArray())
                .complete(factor);
        try (OwnKeys own = session.ledger().members().identity().ownKeys()) {
            scan.bytes(who + " Ed25519 private key", own.signingSeed());
            String age = new String(own.ageIdentity());
            scan.text(who + " age secret key", age);
            scan.text(who + " age secret key in lower case", age.toLowerCase(Locale.ROOT));
        } finally {
            session.lock();
        }
    }
}
