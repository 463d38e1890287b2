package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored rule at its place in the order (0 first). Conditions: the payee pattern, the inclusive amount range in
 * major units of the transaction's currency, the account. Actions: set the category, rename the payee, add a tag.
 */
public record Rule(
        UUID id,
        int position,
        String name,
        PayeeMatch payeeMatch,
        String payeePattern,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        UUID accountId,
        UUID setCategoryId,
        String renamePayee,
        String addTag,
        boolean enabled) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public RuleDraft toDraft() {
        return new RuleDraft(
                name,
                payeeMatch,
                payeePattern,
                minAmount,
                maxAmount,
                accountId,
                setCategoryId,
                renamePayee,
                addTag,
                enabled);
    }
}
