package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A transaction as typed, imported or synced, before the ledger checks it. Amounts are decimals in the account's
 * currency, signed from the holder's view (money in positive). A transfer names the other account; when that account
 * holds another currency, {@code transferAmount} is what arrives there (else today's stored rate converts it).
 */
public record TransactionDraft(
        UUID accountId,
        LocalDate date,
        BigDecimal amount,
        String payee,
        String memo,
        UUID categoryId,
        List<SplitDraft> splits,
        UUID transferAccountId,
        BigDecimal transferAmount,
        Set<String> tags,
        String notes,
        TransactionStatus status,
        TransactionOrigin origin,
        String externalId) {

    public TransactionDraft {
        splits = splits == null ? List.of() : List.copyOf(splits);
        tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        status = status == null ? TransactionStatus.UNCLEARED : status;
        origin = origin == null ? TransactionOrigin.MANUAL : origin;
    }

    /** A manual, uncategorised transaction. */
    public static TransactionDraft of(UUID accountId, LocalDate date, BigDecimal amount, String payee) {
        return new TransactionDraft(
                accountId, date, amount, payee, null, null, List.of(), null, null, Set.of(), null, null, null, null);
    }

    public TransactionDraft withAccount(UUID value) {
        return copy(c -> c.accountId = value);
    }

    public TransactionDraft withDate(LocalDate value) {
        return copy(c -> c.date = value);
    }

    public TransactionDraft withAmount(BigDecimal value) {
        return copy(c -> c.amount = value);
    }

    public TransactionDraft withPayee(String value) {
        return copy(c -> c.payee = value);
    }

    public TransactionDraft withMemo(String value) {
        return copy(c -> c.memo = value);
    }

    public TransactionDraft withCategory(UUID value) {
        return copy(c -> c.categoryId = value);
    }

    public TransactionDraft withSplits(List<SplitDraft> value) {
        return copy(c -> c.splits = value);
    }

    public TransactionDraft withTransferTo(UUID account, BigDecimal amountThere) {
        return copy(c -> {
            c.transferAccountId = account;
            c.transferAmount = amountThere;
        });
    }

    public TransactionDraft withTags(Set<String> value) {
        return copy(c -> c.tags = value);
    }

    public TransactionDraft withNotes(String value) {
        return copy(c -> c.notes = value);
    }

    public TransactionDraft withStatus(TransactionStatus value) {
        return copy(c -> c.status = value);
    }

    /** Marks the draft as coming from an import or a provider, with the id that source gave it. */
    public TransactionDraft withSource(TransactionOrigin value, String id) {
        return copy(c -> {
            c.origin = value;
            c.externalId = id;
        });
    }

    private TransactionDraft copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The draft's fields, open to change for one wither and then built into a new draft. */
    private static final class Copy {
        UUID accountId;
        LocalDate date;
        BigDecimal amount;
        String payee;
        String memo;
        UUID categoryId;
        List<SplitDraft> splits;
        UUID transferAccountId;
        BigDecimal transferAmount;
        Set<String> tags;
        String notes;
        TransactionStatus status;
        TransactionOrigin origin;
        String externalId;

        Copy(TransactionDraft d) {
            accountId = d.accountId;
            date = d.date;
            amount = d.amount;
            payee = d.payee;
            memo = d.memo;
            categoryId = d.categoryId;
            splits = d.splits;
            transferAccountId = d.transferAccountId;
            transferAmount = d.transferAmount;
            tags = d.tags;
            notes = d.notes;
            status = d.status;
            origin = d.origin;
            externalId = d.externalId;
        }

        TransactionDraft build() {
            return new TransactionDraft(
                    accountId,
                    date,
                    amount,
                    payee,
                    memo,
                    categoryId,
                    splits,
                    transferAccountId,
                    transferAmount,
                    tags,
                    notes,
                    status,
                    origin,
                    externalId);
        }
    }
}
