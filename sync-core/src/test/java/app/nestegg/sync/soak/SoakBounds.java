package app.nestegg.sync.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * The bounds a soak run must keep (docs/reliability.md, "Load and soak"). The heap is compared between the first and
 * the last quarter of the run, after the first day (which writes Alice's whole change log to the shared folder once);
 * the database file and its live pages may grow only with the rows added; backups stay within the rotation; no thread outlives the run.
 */
final class SoakBounds {

    /** How much the heap's peak after a full collection may rise from the first quarter to the last. */
    static final long HEAP_RISE = 32L << 20;

    /** Database bytes allowed per ledger row added during the run, and a fixed allowance on top. */
    static final long BYTES_PER_ADDED_ROW = 8L << 10;

    static final long DATABASE_ALLOWANCE = 16L << 20;

    /**
     * What the database file may gain beyond its rows over the whole run. Every write is in the file when it returns
     * (ADR 0036), so H2 writes a chunk per commit and keeps the chunks it superseded for its retention time (45 s of
     * wall time); a run that passes weeks in a minute keeps many of them at once, and how many depends on the machine's
     * speed. At CI size the file gained about 36 MiB and then stayed flat, on whichever day 45 s had passed.
     */
    static final long STORE_ALLOWANCE = 64L << 20;

    /**
     * What the database's live pages may gain beyond its rows over the whole run. Unlike the file, they do not depend on
     * how fast the run goes, so this is the tight check that nothing but the rows accumulates in the store.
     */
    static final long LIVE_ALLOWANCE = 4L << 20;

    /** The most backups the rotation keeps of the daily kind (7 days and 4 weeks). */
    static final int MAX_DAILY_BACKUPS = 11;

    /** What a backup may add to the database's bytes: its keyring file beside it, and the zip's own records. */
    static final long BACKUP_ALLOWANCE = 1L << 20;

    /**
     * Threads a process starts once and keeps (or ends after a minute idle), whichever vault is open: the JDK's
     * virtual-thread scheduler and pollers, OkHttp's shared task runner and Okio's timeout watchdog, and the JVM's
     * Attach Listener, which {@code jstack} or {@code jcmd} start when someone looks into a long run. Any other thread
     * still alive after the run closed is a leak.
     */
    static final Pattern PROCESS_WIDE_THREADS = Pattern.compile(
            "ForkJoinPool-\\d+-(worker-\\d+|delayScheduler)|VirtualThread-unblocker|MasterPoller|Read-Poller|Write-Poller"
                    + "|OkHttp TaskRunner|Okio Watchdog|Attach Listener");

    /** How many more threads the second half may have alive at its peak than the first half. */
    static final int THREAD_RISE = 2;

    private SoakBounds() {}

    static void check(SoakResult result) {
        int days = result.spec().days();
        int quarter = Math.max(2, days / 4);
        assertThat(result.failedAttempts())
                .as("job attempts that did not succeed")
                .isEmpty();
        assertThat(result.heapPeak(days - quarter + 1, days))
                .as("heap peak of the last quarter against the first\n%s", result.table())
                .isLessThanOrEqualTo(result.heapPeak(2, quarter + 1) + HEAP_RISE);

        SoakSample afterFirstDay = result.samples().get(1);
        long added = result.last().transactions() - afterFirstDay.transactions();
        assertThat(result.last().databaseBytes() - afterFirstDay.databaseBytes())
                .as("database growth for %d rows added\n%s", added, result.table())
                .isLessThanOrEqualTo(added * BYTES_PER_ADDED_ROW + STORE_ALLOWANCE);
        assertThat(result.last().liveBytes() - afterFirstDay.liveBytes())
                .as("live database pages' growth for %d rows added\n%s", added, result.table())
                .isLessThanOrEqualTo(added * BYTES_PER_ADDED_ROW + LIVE_ALLOWANCE);
        assertThat(result.maxBackups()).as("backups kept").isLessThanOrEqualTo(MAX_DAILY_BACKUPS);
        long largestDatabase = result.samples().stream()
                .mapToLong(SoakSample::databaseBytes)
                .max()
                .orElseThrow();
        assertThat(result.last().backupBytes())
                .as("the backups' bytes, each at most the largest database and its keyring")
                .isLessThanOrEqualTo(result.last().backups() * (largestDatabase + BACKUP_ALLOWANCE));
        assertThat(result.last().sharedBytes() - afterFirstDay.sharedBytes())
                .as("shared folder growth for %d rows added\n%s", added, result.table())
                .isLessThanOrEqualTo(added * BYTES_PER_ADDED_ROW + DATABASE_ALLOWANCE);

        assertThat(result.leakedThreads())
                .as("threads that outlived the run, but for the process-wide ones")
                .filteredOn(name -> !PROCESS_WIDE_THREADS.matcher(name).matches())
                .isEmpty();
        assertThat(result.maxThreads(days / 2 + 1, days))
                .as("live threads in the second half against the first\n%s", result.table())
                .isLessThanOrEqualTo(result.maxThreads(1, days / 2) + THREAD_RISE);
    }
}
