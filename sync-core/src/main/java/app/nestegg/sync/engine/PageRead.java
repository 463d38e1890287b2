package app.nestegg.sync.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider call started on the {@link PrefetchThread}: its result or failure is taken with {@link #await()} after
 * the page before it committed, or it is discarded with {@link #discard()}, which also waits for the call to end so
 * that no call of a finished sync still runs.
 */
final class PageRead<T> {

    /** How long a discarded call may take to notice its interrupt before the run stops waiting for it. */
    private static final long DISCARD_WAIT_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(PageRead.class);

    private final FutureTask<T> task;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final BooleanSupplier closed;

    /** @param closed whether the thread it runs on was closed, which is then the reason a failed call failed */
    PageRead(Callable<T> call, BooleanSupplier closed) {
        this.closed = closed;
        this.task = new FutureTask<>(() -> {
            try {
                return call.call();
            } finally {
                ended.countDown();
            }
        });
    }

    void run() {
        task.run();
        // a task cancelled before it started never runs its call
        ended.countDown();
    }

    /** The call's result; its own failure is thrown as it was, on this thread. */
    T await() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (closed.getAsBoolean()) {
                throw closed();
            }
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The page read failed", cause);
        } catch (CancellationException e) {
            throw closed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            throw new SyncException(
                    "The sync was interrupted while it waited for the bank; the pages it stored before are kept");
        }
    }

    /** Cancels the call (interrupting it if it runs) and waits a bounded time for it to end. */
    void discard() {
        task.cancel(true);
        try {
            if (!ended.await(DISCARD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn(
                        "A discarded bank page read did not end within {} s; left to its timeout",
                        DISCARD_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SyncException closed() {
        return new SyncException("The sync stopped because it was closed while it ran (the vault is locking or the"
                + " app is closing); the pages it stored before are kept");
    }
}
