package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.MEMBER;
import static app.nestegg.vault.store.generated.Tables.MERGE_CONFLICT;
import static app.nestegg.vault.store.generated.Tables.MERGE_HISTORY;

import app.nestegg.vault.store.ChangeLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Record;

/** What this vault has merged, newest first, and the repairs each merge made. */
public final class MergeHistory {

    private final ChangeLog log;

    public MergeHistory(ChangeLog log) {
        this.log = log;
    }

    public List<MergeRecord> list() {
        return log.read(dsl -> dsl.select(MERGE_HISTORY.fields())
                .select(MEMBER.DISPLAY_NAME)
                .from(MERGE_HISTORY)
                .join(MEMBER)
                .on(MEMBER.ID.eq(MERGE_HISTORY.AUTHOR_ID))
                .orderBy(MERGE_HISTORY.MERGED_AT.desc(), MERGE_HISTORY.ID.desc())
                .fetch(MergeHistory::toRecord));
    }

    /** Per author, the newest merge of one of their bundles. */
    public Map<UUID, MergeRecord> lastPerMember() {
        Map<UUID, MergeRecord> last = new LinkedHashMap<>();
        for (MergeRecord merge : list()) {
            last.putIfAbsent(merge.authorId(), merge);
        }
        return last;
    }

    public List<MergeConflict> conflicts(UUID mergeId) {
        return log.read(dsl -> dsl.selectFrom(MERGE_CONFLICT)
                .where(MERGE_CONFLICT.MERGE_ID.eq(mergeId))
                .orderBy(MERGE_CONFLICT.ID)
                .fetch(r -> new MergeConflict(
                        ConflictKind.valueOf(r.getKind()), r.getTableName(), r.getRowId(), r.getDetail())));
    }

    private static MergeRecord toRecord(Record r) {
        return new MergeRecord(
                r.get(MERGE_HISTORY.ID),
                r.get(MERGE_HISTORY.BUNDLE_ID),
                r.get(MERGE_HISTORY.AUTHOR_ID),
                r.get(MEMBER.DISPLAY_NAME),
                r.get(MERGE_HISTORY.MERGED_AT),
                r.get(MERGE_HISTORY.ENTRIES_APPLIED),
                r.get(MERGE_HISTORY.ENTRIES_SEEN),
                r.get(MERGE_HISTORY.CONFLICTS),
                r.get(MERGE_HISTORY.LAST_AUTHOR_HLC));
    }
}
