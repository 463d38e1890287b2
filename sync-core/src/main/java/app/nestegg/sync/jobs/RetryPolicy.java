package app.nestegg.sync.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how soon a failed run is tried again: the n-th failed attempt waits {@code firstDelay × 2^(n−1)},
 * spread by ± {@code jitterPercent} so jobs that failed together do not retry together, and never longer than
 * {@code maxDelay}. After {@code maxAttempts} attempts the planned run is given up and the schedule moves on.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, int jitterPercent) {

    /** 5 attempts; 60, 120, 240, 480 s, each ± 10 %, at most 10 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(60), Duration.ofMinutes(10), 10);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (jitterPercent < 0 || jitterPercent > 50) {
            throw new IllegalArgumentException("jitter is 0 to 50 percent");
        }
    }

    /** Whether another attempt follows a failed attempt number {@code attempt}. */
    public boolean retriesAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    public Duration delay(int attempt, RandomGenerator random) {
        long max = maxDelay.toMillis();
        int doublings = Math.min(Math.max(attempt, 1) - 1, 30);
        long first = firstDelay.toMillis();
        long base = first > max >> doublings ? max : Math.min(first << doublings, max);
        long percent = 100 - jitterPercent + random.nextInt(2 * jitterPercent + 1);
        return Duration.ofMillis(Math.min(base * percent / 100, max));
    }
}
