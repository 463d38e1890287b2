package app.nestegg.vault.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HybridClockTest {

    final MutableClock wall = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));

    @Test
    void timestampsCarryTheWallClockAndCountWithinAMillisecond() {
        HybridClock clock = new HybridClock(wall, 0);
        long first = clock.next();
        long second = clock.next();
        assertThat(HybridClock.millisOf(first)).isEqualTo(wall.millis());
        assertThat(HybridClock.counterOf(first)).isZero();
        assertThat(second).isEqualTo(first + 1);
        assertThat(HybridClock.counterOf(second)).isEqualTo(1);
    }

    @Test
    void neverGoesBackwardsWhenTheWallClockDoes() {
        HybridClock clock = new HybridClock(wall, 0);
        long before = clock.next();
        wall.advance(Duration.ofMinutes(-5));
        assertThat(clock.next()).isGreaterThan(before);
    }

    @Test
    void continuesAfterTheLastStoredTimestampAndAfterObservedOnes() {
        long stored = (wall.millis() + 60_000) << 16;
        HybridClock clock = new HybridClock(wall, stored);
        assertThat(clock.next()).isGreaterThan(stored);
        long remote = (wall.millis() + 120_000) << 16;
        clock.observe(remote);
        assertThat(clock.next()).isGreaterThan(remote);
    }
}
