package app.nestegg.vault.store;

import java.time.Clock;

/**
 * A hybrid logical clock: wall-clock milliseconds in the high 48 bits and a counter in the low 16. Timestamps it hands
 * out never go backwards, even when the wall clock does, and {@link #observe} moves it past a timestamp received from
 * another member so that causally later changes always sort later.
 */
public final class HybridClock {

    private static final int COUNTER_BITS = 16;
    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;

    private final Clock clock;
    private long last;

    public HybridClock(Clock clock, long lastIssued) {
        this.clock = clock;
        this.last = lastIssued;
    }

    /** A timestamp later than every one issued or observed before. */
    public synchronized long next() {
        long physical = clock.millis() << COUNTER_BITS;
        last = physical > last ? physical : last + 1;
        return last;
    }

    /** Moves the clock past a timestamp seen in another member's change. */
    public synchronized void observe(long remote) {
        if (remote > last) {
            last = remote;
        }
    }

    public static long millisOf(long hlc) {
        return hlc >>> COUNTER_BITS;
    }

    public static int counterOf(long hlc) {
        return (int) (hlc & COUNTER_MASK);
    }
}
