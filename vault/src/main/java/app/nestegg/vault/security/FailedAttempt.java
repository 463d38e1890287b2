package app.nestegg.vault.security;

import java.time.Instant;

/** One failed unlock attempt, kept beside the vault until the next successful unlock writes it to the audit log. */
public record FailedAttempt(Instant at, Factor factor) {

    /** What was wrong. */
    public enum Factor {
        PASSPHRASE,
        AUTHENTICATOR_CODE,
        BACKUP_CODE,
        RECOVERY_KEY,
        LOCKOUT_STATE_UNREADABLE
    }

    public FailedAttempt {
        if (at == null || factor == null) {
            throw new IllegalArgumentException("a failed attempt needs its time and factor");
        }
    }
}
