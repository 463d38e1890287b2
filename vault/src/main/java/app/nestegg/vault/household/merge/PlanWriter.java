package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.MERGE_HELD_ROW;
import static app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.household.merge.ReplicatedTables.Shared;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;

/**
 * Writes what {@link Recompute} planned, in batches: shown rows upserted, hidden rows deleted, and the held rows
 * replaced. The month totals of hidden accounts and categories go first; the caller rebuilds them from the merged rows.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "the rows it writes are recomputed from entries already in the change log; logging them again would"
                + " make new entries of other members' changes")
final class PlanWriter {

    /** Rows per JDBC batch of inserts or upserts. */
    private static final int BATCH = 5000;

    private final DSLContext dsl;
    private final NewRows newRows;
    private final Set<String> heldBefore;

    /** {@code heldBefore}: the rows held before this merge, as {@link NewRows#key}. */
    PlanWriter(DSLContext dsl, NewRows newRows, Set<String> heldBefore) {
        this.dsl = dsl;
        this.newRows = newRows;
        this.heldBefore = heldBefore;
    }

    /**
     * Shown rows go first, parents before children, so a row that leaves a hidden parent points elsewhere before that
     * parent is deleted. In a table with a unique key the hidden rows go just before the shown ones (with the rows
     * under them), so a shown row never meets the key of one it replaces; the other hidden rows are deleted last,
     * children before parents. Within a table the rows it may hold go before the merge's new rows, so a row that moves
     * off a key has left it before a new row takes it.
     */
    void write(Map<String, Map<UUID, RowPlan>> plans) {
        dropTotalsOfHidden(plans);
        List<Shared> order = ReplicatedTables.inOrder();
        for (Shared table : order) {
            Map<UUID, RowPlan> tablePlans = plans.get(table.name());
            if (tablePlans != null) {
                if (!table.uniqueKey().isEmpty()) {
                    deleteWithRowsUnder(table, ids(tablePlans, false));
                }
                List<RowPlan> shown =
                        tablePlans.values().stream().filter(p -> p.visible).toList();
                upsert(
                        table,
                        shown.stream()
                                .filter(p -> !newRows.isNew(table.name(), p.id()))
                                .toList());
                insert(
                        table,
                        shown.stream()
                                .filter(p -> newRows.isNew(table.name(), p.id()))
                                .toList());
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Shared table = order.get(i);
            delete(table, ids(plans.get(table.name()), false));
        }
        replaceHeld(plans);
    }

    /** Deletes the rows and, first, every row the tables hold under them (hidden too, as their parent is). */
    private void deleteWithRowsUnder(Shared table, List<UUID> planned) {
        List<UUID> ids = List.copyOf(newRows.seenBefore(table.name(), planned));
        if (ids.isEmpty()) {
            return;
        }
        for (var child : ReplicatedTables.childrenOf(table.name())) {
            deleteWithRowsUnder(
                    child.getKey(),
                    List.copyOf(LogRows.matching(
                            dsl, child.getKey().table(), child.getValue().column(), ids)));
        }
        delete(table, ids);
    }

    /** Deletes the rows a table may hold; the merge's new rows it does not. */
    private void delete(Shared table, List<UUID> ids) {
        for (List<UUID> chunk : LogRows.chunks(newRows.seenBefore(table.name(), ids))) {
            dsl.deleteFrom(table.table()).where(table.id().in(chunk)).execute();
        }
    }

    /** Rows the table holds or may hold. */
    private void upsert(Shared table, List<RowPlan> shown) {
        List<Field<?>> fields =
                List.copyOf(ReplicatedTables.columns(table.table()).values());
        writeInBatches(
                shown,
                fields,
                dsl.mergeInto(table.table()).columns(fields).key(table.id()).values(new Object[fields.size()]));
    }

    /** New rows, which no table holds: a plain insert, cheaper for H2 than {@code MERGE}'s look-up of each key. */
    private void insert(Shared table, List<RowPlan> shown) {
        List<Field<?>> fields =
                List.copyOf(ReplicatedTables.columns(table.table()).values());
        writeInBatches(
                shown, fields, dsl.insertInto(table.table()).columns(fields).values(new Object[fields.size()]));
    }

    private void writeInBatches(List<RowPlan> shown, List<Field<?>> fields, Query statement) {
        for (List<RowPlan> chunk : LogRows.chunks(shown, BATCH)) {
            BatchBindStep batch = dsl.batch(statement);
            for (RowPlan plan : chunk) {
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = plan.values.get(fields.get(i));
                }
                batch = batch.bind(values);
            }
            batch.execute();
        }
    }

    private void replaceHeld(Map<String, Map<UUID, RowPlan>> plans) {
        plans.forEach((table, tablePlans) -> {
            List<UUID> wasHeld = new ArrayList<>();
            tablePlans.keySet().stream()
                    .filter(id -> heldBefore.contains(NewRows.key(table, id)))
                    .forEach(wasHeld::add);
            for (List<UUID> chunk : LogRows.chunks(wasHeld)) {
                dsl.deleteFrom(MERGE_HELD_ROW)
                        .where(MERGE_HELD_ROW.TABLE_NAME.eq(table))
                        .and(MERGE_HELD_ROW.ROW_ID.in(chunk))
                        .execute();
            }
            List<RowPlan> held =
                    tablePlans.values().stream().filter(p -> p.held != null).toList();
            if (held.isEmpty()) {
                return;
            }
            BatchBindStep batch = dsl.batch(dsl.insertInto(
                            MERGE_HELD_ROW, MERGE_HELD_ROW.TABLE_NAME, MERGE_HELD_ROW.ROW_ID, MERGE_HELD_ROW.REASON)
                    .values((String) null, null, null));
            for (RowPlan plan : held) {
                batch = batch.bind(table, plan.id(), plan.held.name());
            }
            batch.execute();
        });
    }

    private void dropTotalsOfHidden(Map<String, Map<UUID, RowPlan>> plans) {
        List<UUID> accounts = ids(plans.get("account"), false);
        for (List<UUID> chunk : LogRows.chunks(accounts)) {
            dsl.deleteFrom(ACCOUNT_MONTH_TOTAL)
                    .where(ACCOUNT_MONTH_TOTAL.ACCOUNT_ID.in(chunk))
                    .execute();
            dsl.deleteFrom(NET_WORTH_SNAPSHOT)
                    .where(NET_WORTH_SNAPSHOT.ACCOUNT_ID.in(chunk))
                    .execute();
        }
        for (List<UUID> chunk : LogRows.chunks(ids(plans.get("category"), false))) {
            dsl.deleteFrom(CATEGORY_MONTH_TOTAL)
                    .where(CATEGORY_MONTH_TOTAL.CATEGORY_ID.in(chunk))
                    .execute();
        }
    }

    private static List<UUID> ids(Map<UUID, RowPlan> tablePlans, boolean visible) {
        List<UUID> ids = new ArrayList<>();
        if (tablePlans != null) {
            tablePlans.values().stream().filter(p -> p.visible == visible).forEach(p -> ids.add(p.id()));
        }
        return ids;
    }
}
