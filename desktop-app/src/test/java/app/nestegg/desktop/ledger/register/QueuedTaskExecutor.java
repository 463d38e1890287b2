package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.concurrent.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds submitted work until the test runs it, in any order: for results that arrive late or out of order. */
final class QueuedTaskExecutor implements TaskExecutor {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        queued.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    int size() {
        return queued.size();
    }

    void run(int index) {
        queued.remove(index).run();
    }

    void runAll() {
        while (!queued.isEmpty()) {
            run(0);
        }
    }
}
