package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.MEMBER;

import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeOperation;
import app.nestegg.vault.store.HybridClock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** "Who changed this": the members and times of every change-log entry of one row, oldest first. */
public final class ChangeAuthors {

    private final ChangeLog log;

    public ChangeAuthors(ChangeLog log) {
        this.log = log;
    }

    public List<RowChange> of(String table, UUID rowId) {
        return log.read(dsl -> dsl.select(
                        CHANGE_LOG.MEMBER_ID, MEMBER.DISPLAY_NAME, CHANGE_LOG.HLC, CHANGE_LOG.OPERATION)
                .from(CHANGE_LOG)
                .join(MEMBER)
                .on(MEMBER.ID.eq(CHANGE_LOG.MEMBER_ID))
                .where(CHANGE_LOG.TABLE_NAME.eq(table))
                .and(CHANGE_LOG.ROW_ID.eq(rowId))
                .orderBy(CHANGE_LOG.HLC, CHANGE_LOG.MEMBER_ID)
                .fetch(r -> new RowChange(
                        r.value1(),
                        r.value2(),
                        Instant.ofEpochMilli(HybridClock.millisOf(r.value3())),
                        ChangeOperation.valueOf(r.value4()))));
    }
}
