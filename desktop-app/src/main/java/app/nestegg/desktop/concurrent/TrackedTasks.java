package app.nestegg.desktop.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** A view model's background work with a {@code busy} flag that progress indicators and buttons bind to. */
public final class TrackedTasks {

    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int running;

    public TrackedTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        started();
        executor.execute(
                work,
                result -> {
                    finished();
                    onSuccess.accept(result);
                },
                failure -> {
                    finished();
                    onFailure.accept(failure);
                });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}
