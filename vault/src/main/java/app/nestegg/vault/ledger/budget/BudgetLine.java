package app.nestegg.vault.ledger.budget;

import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.Money;
import java.util.Objects;
import java.util.UUID;

/**
 * One category's month, in the vault's base currency. For an expense category {@code budgeted} is what it may spend,
 * {@code actual} what it spent (refunds lower it), {@code carried} what earlier months left over (negative when they
 * overspent; only with rollover) and {@code remaining} is budgeted + carried − actual. For an income category
 * {@code budgeted} is the income expected, {@code actual} the income received, and {@code remaining} what is still
 * expected (expected − received).
 */
public record BudgetLine(
        UUID categoryId,
        String name,
        CategoryKind kind,
        boolean hidden,
        boolean rollover,
        Money budgeted,
        Money carried,
        Money actual,
        Money remaining) {

    public BudgetLine {
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(budgeted, "budgeted");
        Objects.requireNonNull(carried, "carried");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(remaining, "remaining");
    }

    /** Spent more than budgeted and carried: an expense line whose remaining amount is below zero. */
    public boolean overspent() {
        return kind == CategoryKind.EXPENSE && remaining.signum() < 0;
    }
}
