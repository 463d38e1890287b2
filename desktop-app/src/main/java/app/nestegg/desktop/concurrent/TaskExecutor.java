package app.nestegg.desktop.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (vault, database, files) away from the JavaFX thread and hands the result back on it. View models
 * take this interface; the app uses {@link FxTaskExecutor}, tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background; exactly one of the callbacks is then called, on the JavaFX thread (or, in
     * tests, on the calling thread).
     */
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /**
     * Runs {@code action} on the JavaFX thread, for news that background work sends while it runs (progress). This
     * default runs it at once, which is right for executors whose callbacks run on the calling thread.
     */
    default void onUiThread(Runnable action) {
        action.run();
    }
}
