package app.nestegg.sync.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Where the sync engine reads a connection's next page while it stores the current one (ADR 0025). The composition
 * root that builds the engine owns it and closes it when the vault locks or the command ends; closing interrupts a
 * read in flight, and the run waiting for it then ends with the pages it committed.
 */
public final class PrefetchThread implements AutoCloseable {

    private final ExecutorService executor;

    private PrefetchThread(ExecutorService executor) {
        this.executor = executor;
    }

    /**
     * A virtual thread per read: an interrupt then also closes a socket the read is blocked on, so a closed or
     * cancelled read ends at once instead of at the bank's timeout.
     */
    public static PrefetchThread start() {
        return new PrefetchThread(Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("bank-sync-prefetch-", 1).factory()));
    }

    /**
     * Reads each page at once on the thread that submits it, before {@code submit} returns: no overlap, for tests and
     * one-thread tools.
     */
    public static PrefetchThread sameThread() {
        return new PrefetchThread(null);
    }

    /**
     * Starts {@code read}.
     *
     * @throws SyncException when this was closed (the vault is locking or the command ended)
     */
    <T> PageRead<T> submit(Callable<T> read) {
        PageRead<T> page = new PageRead<>(read, () -> executor != null && executor.isShutdown());
        if (executor == null) {
            page.run();
            return page;
        }
        try {
            executor.execute(page::run);
        } catch (RejectedExecutionException e) {
            throw PageRead.closed();
        }
        return page;
    }

    /** Whether no read runs and none can start any more. */
    public boolean isTerminated() {
        return executor == null || executor.isTerminated();
    }

    /**
     * Interrupts the reads in flight and refuses new ones, without waiting: the JavaFX thread calls this when the
     * vault locks.
     */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Waits up to {@code millis} for the reads to end after {@link #close()}. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return executor == null || executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}
