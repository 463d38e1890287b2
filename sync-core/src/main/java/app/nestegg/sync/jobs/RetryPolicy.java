package app.nestegg.sync.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how soon a failed run is tried again: the n-th failed attempt waits {@code firstDelay × 2^(n−1)},
 * spread by ± {@code jitter} (a fraction) so jobs that failed together do not retry together, and never longer than
 * {@code maxDelay}. After {@code maxAttempts} attempts the planned run is given up and the schedule moves on.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, double jitter) {

    /** 5 attempts; 60, 120, 240, 480 s, each ± 10 %, at most 10 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(60), Duration.ofMinutes(10), 0.1);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction from 0 up to 1");
        }
    }

    /** Whether another attempt follows a failed attempt number {@code attempt}. */
    public boolean retriesAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    public Duration delay(int attempt, RandomGenerator random) {
        int doublings = Math.min(Math.max(attempt, 1) - 1, 30);
        double base = Math.min((double) firstDelay.toMillis() * (1L << doublings), maxDelay.toMillis());
        double spread = 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.round(Math.min(base * spread, maxDelay.toMillis())));
    }
}
