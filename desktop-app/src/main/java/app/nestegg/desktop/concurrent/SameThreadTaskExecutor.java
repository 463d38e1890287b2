package app.nestegg.desktop.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its callback at once on the calling thread: for view-model tests without a window. */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
