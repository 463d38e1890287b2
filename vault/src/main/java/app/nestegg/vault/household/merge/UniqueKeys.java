package app.nestegg.vault.household.merge;

import app.nestegg.vault.household.merge.ReplicatedTables.Shared;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Two members may add rows that a unique key allows only once (a rate for the same day, a budget for the same category
 * and month). Of all such rows the one with the smallest id (UUIDv7, so the one created first) is shown; the others are
 * hidden and held, and show again if the shown one is deleted.
 */
final class UniqueKeys {

    private final DSLContext dsl;

    UniqueKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    void resolve(Shared table, Map<UUID, RowPlan> plans, Recompute recompute) {
        if (table.uniqueKey().isEmpty()) {
            return;
        }
        Map<List<Object>, List<UUID>> byKey = new HashMap<>();
        for (RowPlan plan : plans.values()) {
            if (plan.visible) {
                byKey.computeIfAbsent(keyOf(table, plan), k -> new ArrayList<>())
                        .add(plan.id());
            }
        }
        Set<UUID> shownLosers = new HashSet<>();
        byKey.forEach((key, ids) -> {
            List<UUID> candidates = new ArrayList<>(ids);
            for (UUID holder : holders(table, key)) {
                if (!plans.containsKey(holder)) {
                    candidates.add(holder);
                }
            }
            UUID winner = candidates.stream().min(UUID::compareTo).orElseThrow();
            for (UUID loser : candidates) {
                if (loser.equals(winner)) {
                    continue;
                }
                if (plans.containsKey(loser)) {
                    hide(plans.get(loser), table, winner);
                } else {
                    shownLosers.add(loser);
                }
            }
        });
        recompute.fold(table, shownLosers).forEach((id, plan) -> {
            hide(plan, table, null);
            plans.put(id, plan);
        });
    }

    private static void hide(RowPlan plan, Shared table, UUID winner) {
        plan.hide(
                HeldReason.DUPLICATE_HIDDEN,
                ConflictKind.DUPLICATE_HIDDEN,
                "another " + table.name().replace('_', ' ') + (winner == null ? "" : " (" + winner + ")")
                        + " with the same "
                        + String.join(
                                ", ",
                                table.uniqueKey().stream()
                                        .map(ReplicatedTables::nameOf)
                                        .toList())
                        + " was there first");
    }

    private static List<Object> keyOf(Shared table, RowPlan plan) {
        List<Object> key = new ArrayList<>();
        for (Field<?> field : table.uniqueKey()) {
            key.add(plan.values.get(field));
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> holders(Shared table, List<Object> key) {
        Condition condition = DSL.trueCondition();
        for (int i = 0; i < key.size(); i++) {
            condition = condition.and(((Field<Object>) table.uniqueKey().get(i)).eq(key.get(i)));
        }
        return dsl.select(table.id()).from(table.table()).where(condition).fetch(table.id());
    }
}
