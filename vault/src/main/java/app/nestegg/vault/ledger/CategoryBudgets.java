package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.BUDGET_AMOUNT;
import static app.nestegg.vault.store.generated.Tables.BUDGET_ROLLOVER;

import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.generated.tables.records.BudgetAmountRecord;
import java.util.UUID;

/**
 * What deleting a category does to its budget: each month's amount is added to the replacement's amount of that month
 * (or becomes it), or is dropped with no replacement; its rollover setting goes, the replacement keeps its own.
 */
final class CategoryBudgets {

    private CategoryBudgets() {}

    static void move(ChangeWriter w, UUID from, UUID to) {
        for (BudgetAmountRecord amount : w.dsl()
                .selectFrom(BUDGET_AMOUNT)
                .where(BUDGET_AMOUNT.CATEGORY_ID.eq(from))
                .fetch()) {
            BudgetAmountRecord target = to == null
                    ? null
                    : w.dsl()
                            .selectFrom(BUDGET_AMOUNT)
                            .where(BUDGET_AMOUNT.CATEGORY_ID.eq(to))
                            .and(BUDGET_AMOUNT.MONTH_START.eq(amount.getMonthStart()))
                            .fetchOne();
            if (to != null && target == null) {
                amount.setCategoryId(to);
                w.update(amount);
                continue;
            }
            if (target != null && target.getCurrency().equals(amount.getCurrency())) {
                target.setAmount(target.getAmount() + amount.getAmount());
                w.update(target);
            }
            w.delete(amount);
        }
        w.dsl()
                .selectFrom(BUDGET_ROLLOVER)
                .where(BUDGET_ROLLOVER.CATEGORY_ID.eq(from))
                .forEach(w::delete);
    }
}
