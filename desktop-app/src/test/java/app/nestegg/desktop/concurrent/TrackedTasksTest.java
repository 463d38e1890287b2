package app.nestegg.desktop.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TrackedTasksTest {

    /** Holds work until the test releases it, like a background thread would. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void execute(
                Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            held.add(() -> new SameThreadTaskExecutor().execute(work, onSuccess, onFailure));
        }

        void releaseAll() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Test
    void busyWhileAnyWorkRunsAndFailuresReachTheirCallback() {
        HeldExecutor executor = new HeldExecutor();
        TrackedTasks tasks = new TrackedTasks(executor);
        List<String> seen = new ArrayList<>();

        tasks.run(() -> "done", seen::add, failure -> seen.add("failed"));
        tasks.<String>run(
                () -> {
                    throw new IllegalStateException("boom");
                },
                seen::add,
                failure -> seen.add(failure.getMessage()));
        assertThat(tasks.isBusy()).isTrue();

        executor.releaseAll();

        assertThat(tasks.isBusy()).isFalse();
        assertThat(seen).containsExactly("done", "boom");
    }
}
