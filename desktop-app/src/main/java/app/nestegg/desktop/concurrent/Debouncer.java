package app.nestegg.desktop.concurrent;

/**
 * Runs an action once input has been quiet for a while: each {@link #schedule} replaces the pending action. The app
 * uses {@link FxDebouncer} (a pause on the JavaFX thread); view-model tests use a debouncer they fire by hand.
 */
public interface Debouncer {

    void schedule(Runnable action);

    /** Drops the pending action, if any. */
    void cancel();
}
