package app.nestegg.vault;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Which second factor unlocked a session, so the same code can also confirm a sensitive action right after: an
 * authenticator code while its time step is current, a backup code for two minutes.
 */
record UnlockProof(Instant at, OptionalLong authenticatorStep, byte[] backupCodeHash) {

    static final UnlockProof NONE = new UnlockProof(Instant.EPOCH, OptionalLong.empty(), null);
    private static final Duration BACKUP_CODE_REUSE = Duration.ofMinutes(2);

    byte[] recentBackupCodeHash(Instant now) {
        return backupCodeHash != null && Duration.between(at, now).compareTo(BACKUP_CODE_REUSE) <= 0
                ? backupCodeHash
                : null;
    }
}
