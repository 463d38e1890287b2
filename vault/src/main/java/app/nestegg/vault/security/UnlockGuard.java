package app.nestegg.vault.security;

import app.nestegg.vault.LockedOutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The lockout policy: five consecutive failures (passphrase, authenticator code or backup code) lock the vault for
 * thirty minutes; before that, each attempt after a failure waits 1, 2, 4, then 8 seconds.
 */
public final class UnlockGuard {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(30);

    private final LockoutFile file;
    private final Clock clock;
    private final Pacer pacer;

    public UnlockGuard(LockoutFile file, Clock clock, Pacer pacer) {
        this.file = file;
        this.clock = clock;
        this.pacer = pacer;
    }

    /** Refuses while locked out, and otherwise waits out the delay the previous failures earned. */
    public void beforeAttempt() {
        LockoutState state = file.read(clock.instant());
        if (state.lockedAt(clock.instant())) {
            throw new LockedOutException(state.lockedUntil());
        }
        if (state.lockedUntil() != null) {
            file.write(new LockoutState(0, state.lastFailureAt(), null, state.unreported()));
            return;
        }
        if (state.consecutiveFailures() > 0 && state.lastFailureAt() != null) {
            pacer.pauseUntil(state.lastFailureAt().plus(delayAfter(state.consecutiveFailures())));
        }
    }

    /**
     * Records a failure and returns how many attempts are left; the failure that reaches the limit locks the vault
     * and throws {@link LockedOutException} instead.
     */
    public int recordFailure(FailedAttempt.Factor factor) {
        Instant now = clock.instant();
        LockoutState state = file.read(now);
        List<FailedAttempt> unreported = new ArrayList<>(state.unreported());
        unreported.add(new FailedAttempt(now, factor));
        int failures = state.consecutiveFailures() + 1;
        if (failures >= MAX_FAILURES) {
            Instant until = now.plus(LOCKOUT);
            file.write(new LockoutState(failures, now, until, unreported));
            throw new LockedOutException(until);
        }
        file.write(new LockoutState(failures, now, null, unreported));
        return MAX_FAILURES - failures;
    }

    /** Clears the count and hands back the failures since the last unlock, for the audit log and the user. */
    public List<FailedAttempt> recordSuccess() {
        LockoutState state = file.read(clock.instant());
        if (state.consecutiveFailures() != 0 || !state.unreported().isEmpty() || state.lockedUntil() != null) {
            file.write(LockoutState.CLEAN);
        }
        return state.unreported();
    }

    public LockoutState current() {
        return file.read(clock.instant());
    }

    static Duration delayAfter(int failures) {
        return Duration.ofSeconds(1L << Math.min(failures - 1, 3));
    }
}
