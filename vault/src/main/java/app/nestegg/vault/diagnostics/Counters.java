package app.nestegg.vault.diagnostics;

import static app.nestegg.vault.store.generated.Tables.LOCAL_COUNTER;

import app.nestegg.vault.store.ChangeLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local store of {@link Counter}s: one row per name in {@code local_counter}, replaced each time. Local to this
 * computer, so written without change-log entries; a failure to record one is logged, never passed on.
 */
public final class Counters {

    private static final Logger LOG = LoggerFactory.getLogger(Counters.class);

    private final ChangeLog log;
    private final Clock clock;

    public Counters(ChangeLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Records {@code name} in a transaction of its own, after the work it measures has committed. A failure is logged
     * and dropped: a counter must never turn a finished import or sync into a failed one.
     */
    public void record(CounterName name, Duration duration, OptionalLong rows) {
        Instant now = clock.instant();
        try {
            log.write(w -> {
                record(w.dsl(), name, duration, rows, now);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("The counter {} was not recorded: {}", name, e.toString());
        }
    }

    /** Records in the caller's transaction; for the unlock, which has no ledger yet. */
    public static void record(DSLContext dsl, CounterName name, Duration duration, OptionalLong rows, Instant at) {
        Long count = rows.isPresent() ? rows.getAsLong() : null;
        dsl.mergeInto(LOCAL_COUNTER)
                .using(dsl.selectOne())
                .on(LOCAL_COUNTER.NAME.eq(name.name()))
                .whenMatchedThenUpdate()
                .set(LOCAL_COUNTER.DURATION_MS, duration.toMillis())
                .set(LOCAL_COUNTER.ROW_COUNT, count)
                .set(LOCAL_COUNTER.RECORDED_AT, at)
                .whenNotMatchedThenInsert(
                        LOCAL_COUNTER.NAME,
                        LOCAL_COUNTER.DURATION_MS,
                        LOCAL_COUNTER.ROW_COUNT,
                        LOCAL_COUNTER.RECORDED_AT)
                .values(name.name(), duration.toMillis(), count, at)
                .execute();
    }

    /** Every counter recorded so far, in the order of {@link CounterName}. */
    public List<Counter> list() {
        return log
                .read(dsl -> dsl.selectFrom(LOCAL_COUNTER)
                        .fetch(r -> new Counter(
                                CounterName.valueOf(r.getName()),
                                Duration.ofMillis(r.getDurationMs()),
                                r.getRowCount() == null ? OptionalLong.empty() : OptionalLong.of(r.getRowCount()),
                                r.getRecordedAt())))
                .stream()
                .sorted(java.util.Comparator.comparing(Counter::name))
                .toList();
    }
}
