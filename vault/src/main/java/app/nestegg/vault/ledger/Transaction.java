package app.nestegg.vault.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A stored transaction. A split one has no category of its own and two or more splits that add up to its amount; a
 * transfer names its other side ({@code transferPeerId}) and that side's account.
 */
public record Transaction(
        UUID id,
        UUID accountId,
        LocalDate date,
        Money amount,
        String payee,
        String memo,
        UUID categoryId,
        TransactionStatus status,
        List<Split> splits,
        UUID transferPeerId,
        UUID transferAccountId,
        Set<String> tags,
        String notes,
        TransactionOrigin origin,
        String externalId) {

    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        splits = List.copyOf(splits);
        tags = Set.copyOf(tags);
    }

    public boolean isSplit() {
        return !splits.isEmpty();
    }

    public boolean isTransfer() {
        return transferPeerId != null;
    }

    /** The draft that would store this transaction as it is; edits start from here. */
    public TransactionDraft toDraft() {
        return new TransactionDraft(
                accountId,
                date,
                amount.toDecimal(),
                payee,
                memo,
                categoryId,
                splits.stream()
                        .map(s -> new SplitDraft(s.categoryId(), s.amount().toDecimal(), s.memo()))
                        .toList(),
                transferAccountId,
                null,
                new java.util.LinkedHashSet<>(tags),
                notes,
                status,
                origin,
                externalId);
    }
}
