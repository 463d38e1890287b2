package app.nestegg.sync.engine;

import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.vault.bank.ConnectionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * What a failure means for a connection: linking again for a refused login, else another try after one minute,
 * doubling with each failure in a row, at most six hours apart.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(6);

    private Backoff() {}

    static ConnectionStatus statusFor(ProviderFailure failure) {
        return switch (failure) {
            case LOGIN_REQUIRED, ACCESS_REVOKED -> ConnectionStatus.NEEDS_RELINK;
            case RATE_LIMITED, OUTAGE, NETWORK, CHANGED_DURING_PAGINATION -> ConnectionStatus.RETRY_LATER;
            default -> ConnectionStatus.FAILED;
        };
    }

    /**
     * When to try again after the given failure, or null when only the person can help.
     *
     * @param failures failures in a row, this one included (1 for the first)
     */
    static Instant nextRetry(ConnectionStatus status, int failures, Instant now) {
        if (status == ConnectionStatus.NEEDS_RELINK || status == ConnectionStatus.DISCONNECTED) {
            return null;
        }
        return now.plus(delay(failures));
    }

    static Duration delay(int failures) {
        int doublings = Math.max(0, failures - 1);
        if (doublings >= 20) {
            return LONGEST;
        }
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
