package app.nestegg.vault.diagnostics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/** One counter as last recorded; {@code rows} is absent for an unlock. */
public record Counter(CounterName name, Duration duration, OptionalLong rows, Instant recordedAt) {

    public Counter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Rows per second, or absent without rows or when it took no measurable time. */
    public OptionalLong rowsPerSecond() {
        if (rows.isEmpty() || duration.toMillis() == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(rows.getAsLong() * 1000 / duration.toMillis());
    }
}
