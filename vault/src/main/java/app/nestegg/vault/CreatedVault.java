package app.nestegg.vault;

import app.nestegg.vault.security.Wipe;

/** A new vault, unlocked, and its recovery key formatted for printing: shown once, then wiped by the caller. */
public record CreatedVault(VaultSession session, char[] recoveryKey) {

    public void wipeRecoveryKey() {
        Wipe.chars(recoveryKey);
    }
}
