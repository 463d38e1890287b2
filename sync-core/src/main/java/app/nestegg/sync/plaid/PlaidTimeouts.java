package app.nestegg.sync.plaid;

import java.time.Duration;
import java.util.Objects;

/**
 * The time limits applied to every Plaid call. {@code call} bounds the whole exchange, including reading the body.
 * {@code /accounts/balance/get} asks the bank in real time, so the read limit is generous by default.
 */
public record PlaidTimeouts(Duration connect, Duration read, Duration write, Duration call) {

    public static final PlaidTimeouts DEFAULT = new PlaidTimeouts(
            Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(90));

    public PlaidTimeouts {
        for (Duration duration : new Duration[] {connect, read, write, call}) {
            Objects.requireNonNull(duration, "timeout");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a timeout must be positive (zero would mean no limit)");
            }
        }
    }

    /** One limit for connecting, reading, writing and the whole call. */
    public static PlaidTimeouts all(Duration limit) {
        return new PlaidTimeouts(limit, limit, limit, limit);
    }
}
