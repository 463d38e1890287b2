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
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Writes what {@link Recompute} planned: hidden rows deleted children first, shown rows upserted parents first, in
 * batches, and the held rows replaced. The month totals of hidden accounts and categories go first; the caller rebuilds
 * them from the merged rows.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "the rows it writes are recomputed from entries already in the change log; logging them again would"
                + " make new entries of other members' changes")
final class PlanWriter {

    private final DSLContext dsl;

    PlanWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    void write(Map<String, Map<UUID, RowPlan>> plans) {
        dropTotalsOfHidden(plans);
        List<Shared> order = ReplicatedTables.inOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            Shared table = order.get(i);
            List<UUID> hidden = ids(plans.get(table.name()), false);
            for (List<UUID> chunk : LogRows.chunks(hidden)) {
                dsl.deleteFrom(table.table()).where(table.id().in(chunk)).execute();
            }
        }
        for (Shared table : order) {
            Map<UUID, RowPlan> tablePlans = plans.get(table.name());
            if (tablePlans != null) {
                upsert(
                        table,
                        tablePlans.values().stream().filter(p -> p.visible).toList());
            }
        }
        replaceHeld(plans);
    }

    private void upsert(Shared table, List<RowPlan> shown) {
        if (shown.isEmpty()) {
            return;
        }
        List<Field<?>> fields = List.of(table.table().fields());
        for (List<RowPlan> chunk : LogRows.chunks(shown)) {
            BatchBindStep batch = dsl.batch(
                    dsl.mergeInto(table.table()).columns(fields).key(table.id()).values(new Object[fields.size()]));
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
            for (List<UUID> chunk : LogRows.chunks(tablePlans.keySet())) {
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
