package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;

import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.Condition;

/**
 * Every member's change-log entries after a clock time, oldest first, a page at a time. The next page is read on a
 * second thread while the caller handles the current one, so reading the log and writing a bundle share the machine's
 * cores instead of taking turns. At most two pages are held. The reading thread is never interrupted (an interrupt
 * closes H2's file channel); closing waits for the page it is reading.
 */
final class LogPages implements AutoCloseable {

    private final ChangeLog log;
    private final int size;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("nest-egg-log-pages").daemon(true).factory());
    private Future<Page> next;

    /** One page, and where the next one starts: after this clock time and, at the same time, this id. */
    private record Page(List<ChangeLogRecord> records, boolean last, long lastHlc, UUID lastId) {}

    LogPages(ChangeLog log, int size, long afterHlc) {
        this.log = log;
        this.size = size;
        this.next = reader.submit(() -> read(CHANGE_LOG.HLC.gt(afterHlc)));
    }

    /** The next page's entries, or null after the last page. */
    List<ChangeLogRecord> next() {
        if (next == null) {
            return null;
        }
        Page page = await(next);
        next = page.last()
                ? null
                : reader.submit(() -> read(CHANGE_LOG
                        .HLC
                        .ge(page.lastHlc())
                        .and(CHANGE_LOG.HLC.gt(page.lastHlc()).or(CHANGE_LOG.ID.gt(page.lastId())))));
        return page.records();
    }

    private Page read(Condition after) {
        // by clock time alone: with the member in the query H2 took the member_id index, sorted all of the
        // member's entries for every page and read 100,000 entries in about a minute. Members' clock times may be
        // equal, so the id orders entries of one time and the next page starts after the last (time, id).
        List<ChangeLogRecord> records = log.read(dsl -> dsl.selectFrom(CHANGE_LOG)
                .where(after)
                .orderBy(CHANGE_LOG.HLC, CHANGE_LOG.ID)
                .limit(size)
                .fetch());
        return records.size() < size
                ? new Page(records, true, 0, null)
                : new Page(
                        records,
                        false,
                        records.getLast().getHlc(),
                        records.getLast().getId());
    }

    private static Page await(Future<Page> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Reading the change log failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the change log", e);
        }
    }

    /** Waits for a page still being read, then ends the reading thread. */
    @Override
    public void close() {
        reader.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (reader.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
