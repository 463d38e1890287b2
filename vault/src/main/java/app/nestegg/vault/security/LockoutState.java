package app.nestegg.vault.security;

import java.time.Instant;
import java.util.List;

/**
 * What {@code lockout.json} holds: consecutive failures, when the last one happened, until when the vault is locked,
 * and the failures not yet written to the audit log. It lives outside the encrypted database because it must be
 * read before the passphrase is known.
 */
public record LockoutState(
        int consecutiveFailures, Instant lastFailureAt, Instant lockedUntil, List<FailedAttempt> unreported) {

    public static final LockoutState CLEAN = new LockoutState(0, null, null, List.of());

    public LockoutState {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutive failures cannot be negative");
        }
        unreported = unreported == null ? List.of() : List.copyOf(unreported);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
