package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
        return new TransactionDraft(
                value,
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

    public TransactionDraft withDate(LocalDate value) {
        return new TransactionDraft(
                accountId,
                value,
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

    public TransactionDraft withAmount(BigDecimal value) {
        return new TransactionDraft(
                accountId,
                date,
                value,
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

    public TransactionDraft withPayee(String value) {
        return new TransactionDraft(
                accountId,
                date,
                amount,
                value,
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

    public TransactionDraft withMemo(String value) {
        return new TransactionDraft(
                accountId,
                date,
                amount,
                payee,
                value,
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

    public TransactionDraft withCategory(UUID value) {
        return new TransactionDraft(
                accountId,
                date,
                amount,
                payee,
                memo,
                value,
                splits,
                transferAccountId,
                transferAmount,
                tags,
                notes,
                status,
                origin,
                externalId);
    }

    public TransactionDraft withSplits(List<SplitDraft> value) {
        return new TransactionDraft(
                accountId,
                date,
                amount,
                payee,
                memo,
                categoryId,
                value,
                transferAccountId,
                transferAmount,
                tags,
                notes,
                status,
                origin,
                externalId);
    }

    public TransactionDraft withTransferTo(UUID account, BigDecimal amountThere) {
        return new TransactionDraft(
                accountId,
                date,
                amount,
                payee,
                memo,
                categoryId,
                splits,
                account,
                amountThere,
                tags,
                notes,
                status,
                origin,
                externalId);
    }

    public TransactionDraft withTags(Set<String> value) {
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
                value,
                notes,
                status,
                origin,
                externalId);
    }

    public TransactionDraft withNotes(String value) {
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
                value,
                status,
                origin,
                externalId);
    }

    public TransactionDraft withStatus(TransactionStatus value) {
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
                value,
                origin,
                externalId);
    }

    /** Marks the draft as coming from an import or a provider, with the id that source gave it. */
    public TransactionDraft withSource(TransactionOrigin value, String id) {
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
                value,
                id);
    }
}
