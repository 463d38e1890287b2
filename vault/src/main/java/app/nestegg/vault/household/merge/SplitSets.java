package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Keeps a transaction's shown splits adding up to its amount. The ledger replaces all splits on an edit, so two
 * members' edits made apart leave both sets alive. When the shown splits do not add up, only the splits inserted by the
 * member of the newest split insert stay (the newest set); if those still differ from the amount (another member
 * changed it), the last of them by position absorbs the difference.
 */
final class SplitSets {

    private static final Comparator<RowPlan> BY_POSITION =
            Comparator.comparing((RowPlan p) -> p.get(SPLIT.POSITION)).thenComparing(RowPlan::id);

    private final DSLContext dsl;
    private final Recompute recompute;

    SplitSets(DSLContext dsl, Recompute recompute) {
        this.dsl = dsl;
        this.recompute = recompute;
    }

    void repair(Map<UUID, RowPlan> splits) {
        Map<UUID, List<RowPlan>> byTransaction = new HashMap<>();
        for (RowPlan split : splits.values()) {
            if (split.visible) {
                byTransaction
                        .computeIfAbsent(split.get(SPLIT.TRANSACTION_ID), k -> new ArrayList<>())
                        .add(split);
            }
        }
        byTransaction.forEach((transaction, shown) -> repair(amountOf(transaction), shown));
    }

    private void repair(long amount, List<RowPlan> shown) {
        if (sum(shown) == amount) {
            return;
        }
        Stamp newest = shown.stream()
                .map(p -> p.fold.newestInsert())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<RowPlan> kept = new ArrayList<>();
        for (RowPlan split : shown) {
            if (split.fold.newestInsert().member().equals(newest.member())) {
                kept.add(split);
            } else {
                split.hide(
                        HeldReason.SPLITS_REPAIRED,
                        ConflictKind.SPLITS_REPAIRED,
                        "an older set of splits of transaction " + split.get(SPLIT.TRANSACTION_ID)
                                + " is hidden; the newest set is kept");
            }
        }
        long difference = amount - sum(kept);
        if (difference != 0) {
            RowPlan last = kept.stream().max(BY_POSITION).orElseThrow();
            last.values.put(SPLIT.AMOUNT, last.get(SPLIT.AMOUNT) + difference);
            last.hold(
                    HeldReason.SPLITS_REPAIRED,
                    ConflictKind.SPLITS_REPAIRED,
                    "the last split of transaction " + last.get(SPLIT.TRANSACTION_ID)
                            + " takes the difference so the splits add up to the amount");
        }
    }

    private long amountOf(UUID transaction) {
        RowPlan planned = recompute.plansOf("ledger_transaction").get(transaction);
        if (planned != null) {
            return planned.get(LEDGER_TRANSACTION.AMOUNT);
        }
        Long stored = dsl.select(LEDGER_TRANSACTION.AMOUNT)
                .from(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ID.eq(transaction))
                .fetchOne(LEDGER_TRANSACTION.AMOUNT);
        return stored == null ? 0 : stored;
    }

    private static long sum(List<RowPlan> splits) {
        return splits.stream().mapToLong(p -> p.get(SPLIT.AMOUNT)).sum();
    }
}
