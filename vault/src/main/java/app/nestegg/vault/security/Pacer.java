package app.nestegg.vault.security;

import java.time.Instant;

/** Waits until a moment: the growing delay between unlock attempts. Tests move a clock instead of sleeping. */
@FunctionalInterface
public interface Pacer {

    void pauseUntil(Instant moment);

    /** Sleeps on the calling thread (never the JavaFX thread: unlocking always runs in a background task). */
    static Pacer sleeping(java.time.Clock clock) {
        return moment -> {
            long millis = java.time.Duration.between(clock.instant(), moment).toMillis();
            if (millis > 0) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
