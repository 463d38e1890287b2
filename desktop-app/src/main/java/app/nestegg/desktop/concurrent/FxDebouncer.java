package app.nestegg.desktop.concurrent;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX thread: the action runs there once nothing new came for the delay. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(java.time.Duration delay) {
        this.pause = new PauseTransition(Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        });
    }

    @Override
    public void schedule(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pending = null;
        pause.stop();
    }
}
