package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A split as typed: a decimal amount in the transaction's currency and its category. */
public record SplitDraft(UUID categoryId, BigDecimal amount, String memo) {

    public SplitDraft {
        Objects.requireNonNull(amount, "amount");
    }
}
