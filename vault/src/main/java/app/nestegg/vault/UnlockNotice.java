package app.nestegg.vault;

import java.time.Instant;
import java.util.Optional;

/** Shown right after an unlock: failures since the previous unlock ("3 failed attempts since …"). */
public record UnlockNotice(int failedAttempts, Optional<Instant> firstFailureAt) {

    public static final UnlockNotice NONE = new UnlockNotice(0, Optional.empty());

    public boolean hasFailures() {
        return failedAttempts > 0;
    }
}
