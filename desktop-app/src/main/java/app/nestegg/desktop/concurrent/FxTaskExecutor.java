package app.nestegg.desktop.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps work in a {@link Task} run on one background thread. One thread keeps vault calls in order (a lock queued
 * after an unlock runs after it) and the callbacks run on the JavaFX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService threads;

    public FxTaskExecutor() {
        this.threads = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nest-egg-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(asException(task.getException())));
        threads.execute(task);
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    /** Lets queued work (such as locking the vault) finish, for a few seconds at most. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not finish within 5 seconds of closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Exception asException(Throwable failure) {
        if (failure instanceof Exception exception) {
            return exception;
        }
        LOG.error("Background work failed", failure);
        return new IllegalStateException(failure);
    }
}
