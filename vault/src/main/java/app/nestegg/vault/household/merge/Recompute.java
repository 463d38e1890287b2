package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.household.merge.ReplicatedTables.Reference;
import app.nestegg.vault.household.merge.ReplicatedTables.Shared;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Works out, table by table from parents to children, what every affected row should look like as a function of the
 * change log alone: each row folded from all its entries, then hidden without a live parent, cleared of a dead
 * category reference, hidden as a duplicate, and repaired as a transfer side or split. Reads only; {@link PlanWriter}
 * writes the outcome.
 */
final class Recompute {

    private final DSLContext dsl;
    private final Map<String, Set<UUID>> affected;
    private final NewRows newRows;
    private final Map<String, Map<UUID, RowPlan>> plans = new LinkedHashMap<>();
    private final Map<String, Map<UUID, FoldedRow>> folded = new HashMap<>();
    private final Map<String, Set<UUID>> lookedUp = new HashMap<>();

    Recompute(DSLContext dsl, Map<String, Set<UUID>> affected, NewRows newRows) {
        this.dsl = dsl;
        this.newRows = newRows;
        this.affected = new HashMap<>();
        affected.forEach((table, ids) -> this.affected.put(table, new HashSet<>(ids)));
    }

    /** The plans of every recomputed row, by table in parent-to-child order. */
    Map<String, Map<UUID, RowPlan>> run() {
        addParentsOfAffectedSplits();
        for (Shared table : ReplicatedTables.inOrder()) {
            Set<UUID> ids = affected.getOrDefault(table.name(), Set.of());
            if (table.table() == LEDGER_TRANSACTION) {
                ids = TransferPairs.closure(dsl, this, ids);
            } else if (table.table() == SPLIT) {
                ids = withWholeSets(ids);
            }
            if (ids.isEmpty()) {
                continue;
            }
            Map<UUID, RowPlan> tablePlans = plan(table, ids);
            plans.put(table.name(), tablePlans);
            if (table.table() == LEDGER_TRANSACTION) {
                new TransferPairs(dsl, this).repair(tablePlans);
            } else if (table.table() == SPLIT) {
                new SplitSets(dsl, this).repair(tablePlans);
            }
            new UniqueKeys(dsl).resolve(table, tablePlans, this);
            affectChildrenOfHidden(table, tablePlans);
        }
        return plans;
    }

    Map<UUID, RowPlan> plansOf(String table) {
        return plans.getOrDefault(table, Map.of());
    }

    /** The rows folded from their entries, as plans not yet checked against parents or keys. */
    Map<UUID, RowPlan> fold(Shared table, Collection<UUID> ids) {
        Map<UUID, RowPlan> result = new LinkedHashMap<>();
        folded(table.name(), ids).forEach((id, row) -> result.put(id, new RowPlan(table.table(), row)));
        return result;
    }

    /**
     * The rows of {@code ids} that have entries, each folded once per merge: a new row from the merge's own entries, any
     * other from the log.
     */
    Map<UUID, FoldedRow> folded(String table, Collection<UUID> ids) {
        Map<UUID, FoldedRow> known = folded.computeIfAbsent(table, k -> new HashMap<>());
        Set<UUID> asked = lookedUp.computeIfAbsent(table, k -> new HashSet<>());
        List<UUID> fromLog = new ArrayList<>();
        for (UUID id : ids) {
            if (asked.add(id)) {
                FoldedRow row = newRows.fold(table, id);
                if (row != null) {
                    known.put(id, row);
                } else {
                    fromLog.add(id);
                }
            }
        }
        known.putAll(LogRows.fold(dsl, table, fromLog));
        Map<UUID, FoldedRow> result = new LinkedHashMap<>();
        for (UUID id : ids) {
            FoldedRow row = known.get(id);
            if (row != null) {
                result.put(id, row);
            }
        }
        return result;
    }

    /** Those of {@code ids} a table may hold or name: all but the merge's new rows. */
    Set<UUID> seenBefore(String table, Collection<UUID> ids) {
        return newRows.seenBefore(table, ids);
    }

    private Map<UUID, RowPlan> plan(Shared table, Set<UUID> ids) {
        Map<UUID, RowPlan> tablePlans = fold(table, ids);
        for (Reference reference : table.references()) {
            checkReference(tablePlans, reference);
        }
        return tablePlans;
    }

    private void checkReference(Map<UUID, RowPlan> tablePlans, Reference reference) {
        String parent = ReplicatedTables.nameOf(reference.parent());
        Set<UUID> parentIds = new HashSet<>();
        for (RowPlan plan : tablePlans.values()) {
            UUID parentId = plan.visible ? plan.get(reference.column()) : null;
            if (parentId != null) {
                parentIds.add(parentId);
            }
        }
        Set<UUID> live = new HashSet<>();
        Set<UUID> unplanned = new HashSet<>();
        for (UUID id : parentIds) {
            RowPlan parentPlan = plansOf(parent).get(id);
            if (parentPlan == null) {
                unplanned.add(id);
            } else if (parentPlan.visible) {
                live.add(id);
            }
        }
        live.addAll(LogRows.present(dsl, reference.parent(), unplanned));
        parentIds.removeAll(live);
        Set<UUID> deleted = LogRows.deleted(dsl, parent, parentIds);
        for (RowPlan plan : tablePlans.values()) {
            UUID parentId = plan.visible ? plan.get(reference.column()) : null;
            if (parentId == null || live.contains(parentId)) {
                continue;
            }
            boolean gone = deleted.contains(parentId);
            if (reference.hard()) {
                plan.hide(
                        gone ? HeldReason.PARENT_DELETED : HeldReason.PARENT_UNKNOWN,
                        gone ? ConflictKind.PARENT_DELETED : null,
                        "its " + parent.replace('_', ' ') + " " + parentId
                                + (gone ? " was deleted" : " is not known yet"));
            } else {
                plan.values.put(reference.column(), null);
                plan.hold(
                        HeldReason.REFERENCE_CLEARED,
                        gone ? ConflictKind.REFERENCE_CLEARED : null,
                        "its category " + parentId + " was deleted, so it has none");
            }
        }
    }

    /** Rows the tables show under a parent that is now hidden are recomputed with the child's table. */
    private void affectChildrenOfHidden(Shared table, Map<UUID, RowPlan> tablePlans) {
        List<UUID> hidden = new ArrayList<>();
        tablePlans.values().stream().filter(p -> !p.visible).forEach(p -> hidden.add(p.id()));
        hidden.retainAll(seenBefore(table.name(), hidden));
        if (hidden.isEmpty()) {
            return;
        }
        for (var child : ReplicatedTables.childrenOf(table.name())) {
            Set<UUID> children = LogRows.matching(
                    dsl, child.getKey().table(), child.getValue().column(), hidden);
            affected.computeIfAbsent(child.getKey().name(), k -> new HashSet<>())
                    .addAll(children);
        }
    }

    /**
     * The splits with every split the tables show under their transactions and under every recomputed transaction: the
     * split sums are repaired over whole sets, also for a split that became affected only after the transactions were
     * planned (its category was deleted), or the repair would depend on which rows a merge happened to touch.
     */
    private Set<UUID> withWholeSets(Set<UUID> splits) {
        Set<UUID> transactions = new HashSet<>(plansOf("ledger_transaction").keySet());
        folded("split", splits).values().forEach(row -> {
            if (row.value("transaction_id") instanceof String id) {
                transactions.add(UUID.fromString(id));
            }
        });
        Set<UUID> all = new HashSet<>(splits);
        all.addAll(LogRows.matching(dsl, SPLIT, SPLIT.TRANSACTION_ID, seenBefore("ledger_transaction", transactions)));
        return all;
    }

    /** A split's group is its transaction's, so the transactions of affected splits are recomputed too. */
    private void addParentsOfAffectedSplits() {
        Set<UUID> splits = affected.getOrDefault("split", Set.of());
        if (splits.isEmpty()) {
            return;
        }
        Set<UUID> parents = affected.computeIfAbsent("ledger_transaction", k -> new HashSet<>());
        folded("split", splits).values().forEach(row -> {
            Object parent = row.value("transaction_id");
            if (parent instanceof String id) {
                parents.add(UUID.fromString(id));
            }
        });
    }
}
