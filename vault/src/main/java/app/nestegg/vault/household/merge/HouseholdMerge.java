package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.MEMBER;
import static app.nestegg.vault.store.generated.Tables.MERGE_CONFLICT;
import static app.nestegg.vault.store.generated.Tables.MERGE_HELD_ROW;
import static app.nestegg.vault.store.generated.Tables.MERGE_HISTORY;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.MergedEntries;
import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Applies other members' change-log entries in one database transaction (docs/decisions/0032-household-merge-rules.md):
 * entries already in the log are skipped, new ones are stored with their own id, time and member, and every row they
 * touch is recomputed from all its entries, so the tables are a function of the set of entries whatever the order of
 * merging. Repairs are returned and kept in the merge history.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "a merge stores other members' entries as they were written and recomputes rows from the change log;"
                + " logging its writes again would make new entries of old changes")
public final class HouseholdMerge {

    private final Ledger ledger;
    private final ChangeLog log;
    private final FieldCipher cipher;
    private final Clock clock;
    private final boolean newRowsFromTheBundle;

    public HouseholdMerge(Ledger ledger, FieldCipher cipher, Clock clock) {
        this(ledger, cipher, clock, true);
    }

    /**
     * With {@code newRowsFromTheBundle} false every row is folded from the log and upserted, as before rows the log had
     * never seen took a shorter path; tests compare the two.
     */
    HouseholdMerge(Ledger ledger, FieldCipher cipher, Clock clock, boolean newRowsFromTheBundle) {
        this.ledger = ledger;
        this.log = ledger.changeLog();
        this.cipher = cipher;
        this.clock = clock;
        this.newRowsFromTheBundle = newRowsFromTheBundle;
    }

    /**
     * Merges the entries of one bundle by {@code authorId}; refused with {@link MergeRefusedException} and nothing
     * applied when any entry cannot be merged.
     */
    public MergeResult merge(UUID bundleId, UUID authorId, List<BundleEntry> entries) {
        Objects.requireNonNull(bundleId);
        Objects.requireNonNull(authorId);
        Set<UUID> members =
                new HashSet<>(log.read(dsl -> dsl.select(MEMBER.ID).from(MEMBER).fetch(MEMBER.ID)));
        if (!members.contains(authorId)) {
            throw new MergeRefusedException(
                    "The bundle's author " + authorId + " is not a member of this household." + " Nothing was merged.");
        }
        List<ChangeLogRecord> records = new IncomingEntries(cipher, members, clock.instant()).check(entries);
        try {
            return log.write(w -> apply(w, bundleId, authorId, records));
        } catch (DataAccessException e) {
            throw new MergeRefusedException(
                    "The bundle's changes could not be applied to this vault (" + e.getMessage() + "). Nothing was"
                            + " merged.",
                    e);
        }
    }

    private MergeResult apply(ChangeWriter w, UUID bundleId, UUID authorId, List<ChangeLogRecord> records) {
        DSLContext dsl = w.dsl();
        Long lastMerge =
                dsl.select(DSL.max(MERGE_HISTORY.LOG_HLC)).from(MERGE_HISTORY).fetchOne(0, Long.class);
        long ownSince = lastMerge == null ? newestIfOnlyOwn(dsl) : lastMerge;
        Set<String> seenBefore = newRowsFromTheBundle ? LogRows.withEntries(dsl, rowIds(records)) : Set.of();
        List<ChangeLogRecord> fresh = MergedEntries.appendNew(w, log, records);
        NewRows newRows = newRowsFromTheBundle ? NewRows.of(fresh, seenBefore) : NewRows.none();
        // own edits since the last recompute were written against the tables, not the log, so a merge that brings
        // nothing new still recomputes them: otherwise their author keeps a state the others never reach
        List<OwnEntry> ownSinceThen = ownEntriesAfter(dsl, ownSince);
        boolean recomputes = !fresh.isEmpty() || !ownSinceThen.isEmpty();
        Recomputed recomputed = recomputes ? recompute(w, fresh, newRows, ownSinceThen) : Recomputed.NOTHING;
        long recomputedUpTo = recomputes ? MergedEntries.newest(dsl) : ownSince;
        UUID mergeId = record(dsl, bundleId, authorId, records, fresh.size(), recomputed.conflicts, recomputedUpTo);
        return new MergeResult(
                mergeId, fresh.size(), records.size() - fresh.size(), recomputed.conflicts, recomputed.rows);
    }

    /**
     * Where the first merge starts recomputing this member's own entries. Before it the log holds only them when no
     * other member's entry came in another way (a restore), and the tables are their fold already; so it starts after
     * them, and a first merge costs what the bundle touches rather than the whole vault.
     */
    private long newestIfOnlyOwn(DSLContext dsl) {
        // one lookup per other member: "member_id <> me" found no index and read the whole log
        boolean othersEntries =
                dsl.select(MEMBER.ID).from(MEMBER).where(MEMBER.ID.ne(log.memberId())).fetch(MEMBER.ID).stream()
                        .anyMatch(other -> dsl.fetchExists(
                                dsl.selectOne().from(CHANGE_LOG).where(CHANGE_LOG.MEMBER_ID.eq(other))));
        return othersEntries ? 0 : MergedEntries.newest(dsl);
    }

    private record OwnEntry(String table, UUID rowId) {}

    private record Recomputed(List<MergeConflict> conflicts, int rows) {
        static final Recomputed NOTHING = new Recomputed(List.of(), 0);
    }

    /**
     * The table and row of this member's own entries after {@code hlc}. Only the time is in the query, so H2 reads
     * them through {@code change_log_by_hlc}: with the member in it, it chose the member's foreign-key index and read
     * every entry the member ever wrote (13 s on a 1,000,000-row vault) to find the few since the last merge.
     */
    private List<OwnEntry> ownEntriesAfter(DSLContext dsl, long hlc) {
        UUID me = log.memberId();
        List<OwnEntry> own = new ArrayList<>();
        // read row by row: after a restore a first merge starts at 0 and reads the whole log
        dsl.select(CHANGE_LOG.MEMBER_ID, CHANGE_LOG.TABLE_NAME, CHANGE_LOG.ROW_ID)
                .from(CHANGE_LOG)
                .where(CHANGE_LOG.HLC.gt(hlc))
                .forEach(r -> {
                    if (me.equals(r.value1())) {
                        own.add(new OwnEntry(r.value2(), r.value3()));
                    }
                });
        return own;
    }

    private static Set<UUID> rowIds(List<ChangeLogRecord> records) {
        Set<UUID> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.getRowId()));
        return ids;
    }

    /**
     * Recomputes every row the new entries affect, writes the outcome, counts the totals of the months it touched again,
     * and returns the repairs that are news.
     */
    private Recomputed recompute(
            ChangeWriter w, List<ChangeLogRecord> fresh, NewRows newRows, List<OwnEntry> ownSinceThen) {
        DSLContext dsl = w.dsl();
        Set<String> freshRows = new HashSet<>();
        Map<String, Set<UUID>> affected = new HashMap<>();
        for (ChangeLogRecord entry : fresh) {
            affected.computeIfAbsent(entry.getTableName(), k -> new HashSet<>()).add(entry.getRowId());
            freshRows.add(NewRows.key(entry.getTableName(), entry.getRowId()));
        }
        Map<String, HeldReason> heldBefore = new HashMap<>();
        dsl.selectFrom(MERGE_HELD_ROW).forEach(h -> {
            affected.computeIfAbsent(h.getTableName(), k -> new HashSet<>()).add(h.getRowId());
            heldBefore.put(NewRows.key(h.getTableName(), h.getRowId()), HeldReason.valueOf(h.getReason()));
        });
        ownSinceThen.forEach(
                e -> affected.computeIfAbsent(e.table(), k -> new HashSet<>()).add(e.rowId()));
        affected.keySet()
                .retainAll(
                        ReplicatedTables.inOrder().stream().map(t -> t.name()).toList());
        Map<String, Map<UUID, RowPlan>> plans = new Recompute(dsl, affected, newRows).run();
        MergedMonths months = MergedMonths.before(dsl, plans);
        new PlanWriter(dsl, newRows, heldBefore.keySet()).write(plans);
        months.rebuildTotals(ledger.balances(), w);
        List<MergeConflict> conflicts = new ArrayList<>();
        plans.forEach((table, tablePlans) -> tablePlans.values().forEach(plan -> {
            String key = NewRows.key(table, plan.id());
            boolean news = plan.held == null || freshRows.contains(key) || plan.held != heldBefore.get(key);
            if (plan.conflict != null && news) {
                conflicts.add(new MergeConflict(plan.conflict, table, plan.id(), plan.detail));
            }
        }));
        int rows = plans.values().stream().mapToInt(Map::size).sum();
        return new Recomputed(conflicts, rows);
    }

    private UUID record(
            DSLContext dsl,
            UUID bundleId,
            UUID authorId,
            List<ChangeLogRecord> records,
            int applied,
            List<MergeConflict> conflicts,
            long recomputedUpTo) {
        UUID mergeId = Ids.newId();
        long lastAuthorHlc = records.stream()
                .filter(r -> r.getMemberId().equals(authorId))
                .mapToLong(ChangeLogRecord::getHlc)
                .max()
                .orElse(0);
        dsl.insertInto(MERGE_HISTORY)
                .set(MERGE_HISTORY.ID, mergeId)
                .set(MERGE_HISTORY.BUNDLE_ID, bundleId)
                .set(MERGE_HISTORY.AUTHOR_ID, authorId)
                .set(MERGE_HISTORY.MERGED_AT, clock.instant())
                .set(MERGE_HISTORY.ENTRIES_APPLIED, applied)
                .set(MERGE_HISTORY.ENTRIES_SEEN, records.size() - applied)
                .set(MERGE_HISTORY.CONFLICTS, conflicts.size())
                .set(MERGE_HISTORY.LAST_AUTHOR_HLC, lastAuthorHlc)
                .set(MERGE_HISTORY.LOG_HLC, recomputedUpTo)
                .execute();
        for (MergeConflict conflict : conflicts) {
            dsl.insertInto(MERGE_CONFLICT)
                    .set(MERGE_CONFLICT.ID, Ids.newId())
                    .set(MERGE_CONFLICT.MERGE_ID, mergeId)
                    .set(MERGE_CONFLICT.KIND, conflict.kind().name())
                    .set(MERGE_CONFLICT.TABLE_NAME, conflict.table())
                    .set(MERGE_CONFLICT.ROW_ID, conflict.rowId())
                    .set(MERGE_CONFLICT.DETAIL, truncate(conflict.detail()))
                    .execute();
        }
        return mergeId;
    }

    private static String truncate(String detail) {
        return detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }
}
