package app.nestegg.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Idle tracking for an unlocked session: {@link #due()} once nothing happened for the configured delay. */
public final class AutoLock {

    public static final Duration DEFAULT_DELAY = Duration.ofMinutes(15);
    public static final Duration MIN_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofHours(24);

    private final Clock clock;
    private volatile Duration delay;
    private volatile Instant lastActivity;

    AutoLock(Clock clock, Duration delay) {
        this.clock = clock;
        this.delay = delay;
        this.lastActivity = clock.instant();
    }

    /** Called on every key press or mouse action of the user. */
    public void activity() {
        lastActivity = clock.instant();
    }

    public boolean due() {
        return !remaining().isPositive();
    }

    public Duration remaining() {
        return delay.minus(Duration.between(lastActivity, clock.instant()));
    }

    public Duration delay() {
        return delay;
    }

    void setDelay(Duration delay) {
        this.delay = delay;
    }

    static void requireValid(Duration delay) {
        if (delay.compareTo(MIN_DELAY) < 0 || delay.compareTo(MAX_DELAY) > 0) {
            throw new BadInputException("The auto-lock delay must be between 1 minute and 24 hours, not "
                    + delay.toMinutes() + " minutes.");
        }
    }
}
