package app.nestegg.sync.fake.plaid;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Holds chosen requests before the fake answers them, so a test knows exactly where the client stands: a held request
 * has arrived, and the client waits for its answer until the test releases it. The process tests kill a client at that
 * point. Requests not held go through untouched; closing the fake releases every hold.
 */
public final class FakeGate {

    /**
     * How long a hold waits for its release at most, so a forgotten hold cannot stall the fake forever; longer than any
     * test, since a request answered late would show up among the later ones.
     */
    static final Duration LONGEST_HOLD = Duration.ofMinutes(15);

    private final List<Hold> holds = new CopyOnWriteArrayList<>();

    /** Holds the {@code nth} request to {@code endpoint} counted from now (1 is the next one). */
    public Hold hold(String endpoint, int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("the first request is number 1");
        }
        return add(new Hold(endpoint, body -> true, nth));
    }

    /** Holds the next request to {@code endpoint} whose body contains {@code text} (a cursor, say). */
    public Hold holdContaining(String endpoint, String text) {
        return add(new Hold(endpoint, body -> body.contains(text), 1));
    }

    private Hold add(Hold hold) {
        holds.add(hold);
        return hold;
    }

    /** Called by the dispatcher for each request before it answers; blocks while a hold keeps the request. */
    void pass(String path, String body) {
        for (Hold hold : holds) {
            hold.meet(path, body);
        }
    }

    void releaseAll() {
        holds.forEach(Hold::release);
    }

    /** One held request: whether it has arrived, and its release. */
    public static final class Hold {

        private final String endpoint;
        private final Predicate<String> body;
        private final AtomicInteger left;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(String endpoint, Predicate<String> body, int nth) {
            this.endpoint = endpoint;
            this.body = body;
            this.left = new AtomicInteger(nth);
        }

        /** Waits until the held request has arrived; false when it did not within {@code timeout}. */
        public boolean awaitArrival(Duration timeout) throws InterruptedException {
            return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets the held request be answered (at once if it has not arrived yet). */
        public void release() {
            released.countDown();
        }

        private void meet(String path, String requestBody) {
            if (!path.equals(endpoint) || !body.test(requestBody) || left.decrementAndGet() != 0) {
                return;
            }
            arrived.countDown();
            try {
                released.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
