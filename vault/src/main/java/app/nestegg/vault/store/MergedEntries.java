package app.nestegg.vault.store;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;

import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Other members' change-log entries as a merge stores them: with their own id, clock time and member, so an entry
 * seen again is recognised by its id. The vault's clock moves past the newest of them.
 */
public final class MergedEntries {

    private static final int CHUNK = 1000;

    private MergedEntries() {}

    /** Stores the entries the log does not hold yet, in the writer's transaction; returns those it stored. */
    public static List<ChangeLogRecord> appendNew(ChangeWriter writer, ChangeLog log, List<ChangeLogRecord> entries) {
        DSLContext dsl = writer.dsl();
        Map<UUID, ChangeLogRecord> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.getId(), e));
        Set<UUID> seen = new HashSet<>();
        List<UUID> ids = new ArrayList<>(byId.keySet());
        for (int i = 0; i < ids.size(); i += CHUNK) {
            seen.addAll(dsl.select(CHANGE_LOG.ID)
                    .from(CHANGE_LOG)
                    .where(CHANGE_LOG.ID.in(ids.subList(i, Math.min(ids.size(), i + CHUNK))))
                    .fetch(CHANGE_LOG.ID));
        }
        List<ChangeLogRecord> fresh = new ArrayList<>();
        byId.values().stream().filter(e -> !seen.contains(e.getId())).forEach(fresh::add);
        for (int i = 0; i < fresh.size(); i += CHUNK) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(
                            CHANGE_LOG,
                            CHANGE_LOG.ID,
                            CHANGE_LOG.HLC,
                            CHANGE_LOG.MEMBER_ID,
                            CHANGE_LOG.TABLE_NAME,
                            CHANGE_LOG.ROW_ID,
                            CHANGE_LOG.OPERATION,
                            CHANGE_LOG.CHANGED_COLUMNS)
                    .values((UUID) null, null, null, null, null, null, null));
            for (ChangeLogRecord e : fresh.subList(i, Math.min(fresh.size(), i + CHUNK))) {
                batch = batch.bind(
                        e.getId(),
                        e.getHlc(),
                        e.getMemberId(),
                        e.getTableName(),
                        e.getRowId(),
                        e.getOperation(),
                        e.getChangedColumns());
            }
            batch.execute();
        }
        fresh.stream().mapToLong(ChangeLogRecord::getHlc).max().ifPresent(log.clock()::observe);
        return fresh;
    }

    /** The largest clock time in the log, or 0 when it is empty. */
    public static long newest(DSLContext dsl) {
        Long newest = dsl.select(org.jooq.impl.DSL.max(CHANGE_LOG.HLC))
                .from(CHANGE_LOG)
                .fetchOne(0, Long.class);
        return newest == null ? 0 : newest;
    }
}
