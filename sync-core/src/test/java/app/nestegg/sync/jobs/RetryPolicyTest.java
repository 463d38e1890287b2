package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    /** A generator that always picks the middle of a range: no jitter at all. */
    static final RandomGenerator NO_JITTER = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public int nextInt(int bound) {
            return bound / 2;
        }
    };

    @Test
    void theWaitDoublesFromAMinuteUpToTenMinutes() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.delay(1, NO_JITTER)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delay(2, NO_JITTER)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delay(3, NO_JITTER)).isEqualTo(Duration.ofSeconds(240));
        assertThat(policy.delay(4, NO_JITTER)).isEqualTo(Duration.ofSeconds(480));
        assertThat(policy.delay(5, NO_JITTER)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delay(64, NO_JITTER)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterStaysWithinTenPercentAndUnderTheCap() {
        RandomGenerator random = new SplittableRandom(20261127);
        for (int attempt = 1; attempt <= 6; attempt++) {
            long base = Math.min(60_000L << (attempt - 1), 600_000L);
            long smallest = Long.MAX_VALUE;
            long largest = 0;
            for (int i = 0; i < 2_000; i++) {
                long millis = RetryPolicy.DEFAULT.delay(attempt, random).toMillis();
                smallest = Math.min(smallest, millis);
                largest = Math.max(largest, millis);
            }
            assertThat(smallest).as("attempt %d", attempt).isGreaterThanOrEqualTo(Math.round(base * 0.9));
            assertThat(largest)
                    .as("attempt %d", attempt)
                    .isLessThanOrEqualTo(Math.min(Math.round(base * 1.1), 600_000));
            assertThat(largest - smallest).as("the waits are spread").isGreaterThan(base / 20);
        }
    }

    @Test
    void fiveAttemptsAtMost() {
        assertThat(RetryPolicy.DEFAULT.retriesAfter(4)).isTrue();
        assertThat(RetryPolicy.DEFAULT.retriesAfter(5)).isFalse();
    }
}
