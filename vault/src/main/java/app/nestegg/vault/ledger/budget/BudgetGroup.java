package app.nestegg.vault.ledger.budget;

import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.Money;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A category group's month: its lines in order and their sums (see {@link BudgetLine} for what each means). */
public record BudgetGroup(
        UUID groupId,
        String name,
        CategoryKind kind,
        List<BudgetLine> lines,
        Money budgeted,
        Money carried,
        Money actual,
        Money remaining) {

    public BudgetGroup {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }
}
