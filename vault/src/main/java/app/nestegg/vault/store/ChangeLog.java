package app.nestegg.vault.store;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.MEMBER;

import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import app.nestegg.vault.store.generated.tables.records.MemberRecord;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault's record of every ledger change, stamped with a hybrid-logical-clock time and the member who made it.
 * {@link #write} is the ledger's transaction template: the work gets a {@link ChangeWriter}, and the rows it writes
 * and their entries commit together.
 */
public final class ChangeLog {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeLog.class);

    private final VaultDatabase database;
    private final UUID memberId;
    private final HybridClock clock;
    private final List<Runnable> ownChangeListeners = new CopyOnWriteArrayList<>();

    private ChangeLog(VaultDatabase database, UUID memberId, HybridClock clock) {
        this.database = database;
        this.memberId = memberId;
        this.clock = clock;
    }

    /** Opens the log of an unlocked vault, adding the vault's own member the first time. */
    public static ChangeLog open(VaultDatabase database, Clock clock) {
        UUID self = database.write(dsl -> {
            UUID existing =
                    dsl.select(MEMBER.ID).from(MEMBER).where(MEMBER.IS_SELF).fetchOne(MEMBER.ID);
            if (existing != null) {
                return existing;
            }
            MemberRecord member = dsl.newRecord(MEMBER);
            member.setId(Ids.newId());
            member.setDisplayName("Me");
            member.setIsSelf(true);
            member.setCreatedAt(clock.instant());
            member.insert();
            return member.getId();
        });
        Long lastIssued = database.read(
                dsl -> dsl.select(DSL.max(CHANGE_LOG.HLC)).from(CHANGE_LOG).fetchOne(0, Long.class));
        return new ChangeLog(database, self, new HybridClock(clock, lastIssued == null ? 0 : lastIssued));
    }

    /**
     * Runs the work in one transaction whose every row change is logged. Once it committed having logged any change,
     * the listeners of {@link #onOwnChanges} are told, on this thread.
     */
    public <T> T write(Function<ChangeWriter, T> work) {
        ChangeWriter[] writer = new ChangeWriter[1];
        T result = database.write(dsl -> {
            writer[0] = new ChangeWriter(dsl, this);
            return work.apply(writer[0]);
        });
        if (writer[0] != null && writer[0].logged() > 0) {
            for (Runnable listener : ownChangeListeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("A listener of own changes failed: {}", e.toString());
                }
            }
        }
        return result;
    }

    /**
     * Calls {@code listener} after each committed write that logged a change of this member (not after merges of
     * other members' entries, not after writes of local settings); closing the returned handle stops it.
     */
    public AutoCloseable onOwnChanges(Runnable listener) {
        ownChangeListeners.add(listener);
        return () -> ownChangeListeners.remove(listener);
    }

    /** Runs a query outside any write; ledger reads that need no change log go through here. */
    public <T> T read(Function<DSLContext, T> query) {
        return database.read(query);
    }

    /** Entries for one row, oldest first. */
    public List<ChangeEntry> entriesFor(String table, UUID rowId) {
        return database.read(dsl -> dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.TABLE_NAME.eq(table).and(CHANGE_LOG.ROW_ID.eq(rowId)))
                .orderBy(CHANGE_LOG.HLC)
                .fetch(ChangeLog::toEntry));
    }

    /** Entries recorded after the given clock time, oldest first, at most {@code limit}. */
    public List<ChangeEntry> since(long hlc, int limit) {
        return database.read(dsl -> dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.HLC.gt(hlc))
                .orderBy(CHANGE_LOG.HLC)
                .limit(limit)
                .fetch(ChangeLog::toEntry));
    }

    public UUID memberId() {
        return memberId;
    }

    HybridClock clock() {
        return clock;
    }

    private static ChangeEntry toEntry(ChangeLogRecord r) {
        return new ChangeEntry(
                r.getHlc(),
                r.getMemberId(),
                r.getTableName(),
                r.getRowId(),
                ChangeOperation.valueOf(r.getOperation()),
                ChangeValues.decode(r.getChangedColumns()));
    }
}
