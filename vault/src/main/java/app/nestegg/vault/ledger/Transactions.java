package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Adds, edits and deletes transactions. Each call is one write: the rows, their splits, the other side of a transfer,
 * the month totals and the change-log entries commit together, or nothing does when a check refuses the draft.
 */
public final class Transactions {

    private final ChangeLog log;
    private final Rules rules;
    private final ExchangeRates rates;
    private final TransactionRows rows;

    Transactions(ChangeLog log, Rules rules, ExchangeRates rates, Clock clock) {
        this.log = log;
        this.rules = rules;
        this.rates = rates;
        this.rows = new TransactionRows(clock);
    }

    /** Stores a new transaction after the rules have had their say. */
    public Transaction add(TransactionDraft draft) {
        return log.write(w -> {
            RuleSet ruleSet = rules.snapshot();
            UUID id = rows.insertBatch(w, new DraftChecks(w.dsl(), rates), List.of(draft), ruled(ruleSet), true)
                    .getFirst();
            return TransactionReader.read(w.dsl(), id);
        });
    }

    /**
     * Stores many new transactions in one write, as an import or a sample household does; all or none. The rules are
     * read once for the whole batch.
     */
    public int addAll(List<TransactionDraft> drafts) {
        return log.write(w -> addAll(w, drafts, rules.snapshot()));
    }

    /** Checks a draft, after the rules, as {@link #addAll} would, without storing it; throws what addAll would. */
    public void check(ChangeWriter writer, TransactionDraft draft, RuleSet ruleSet) {
        DraftChecks checks = new DraftChecks(writer.dsl(), rates);
        checks.check(ruled(ruleSet).apply(checks, draft), null);
    }

    /** Stores one new transaction, after the rules, inside a write the caller holds; returns its id. */
    public UUID add(ChangeWriter writer, TransactionDraft draft, RuleSet ruleSet) {
        return rows.insertBatch(writer, new DraftChecks(writer.dsl(), rates), List.of(draft), ruled(ruleSet), true)
                .getFirst();
    }

    /**
     * Stores new transactions inside a write the caller holds, as an import does when it adds accounts and rows of one
     * file together and reports progress between batches.
     */
    public int addAll(ChangeWriter writer, List<TransactionDraft> drafts, RuleSet ruleSet) {
        return addBatch(writer, drafts, ruleSet).size();
    }

    /** Stores new transactions inside a write the caller holds, as {@link #addAll} does; returns their ids in order. */
    public List<UUID> addBatch(ChangeWriter writer, List<TransactionDraft> drafts, RuleSet ruleSet) {
        return rows.insertBatch(writer, new DraftChecks(writer.dsl(), rates), drafts, ruled(ruleSet), true);
    }

    /**
     * Stores one transaction inside a write the caller holds, without the rules, and returns its id: for a row another
     * ledger service owns, such as a trade's cash side, whose payee that service sets.
     */
    public UUID addOwned(ChangeWriter writer, TransactionDraft draft) {
        return rows.insertBatch(writer, new DraftChecks(writer.dsl(), rates), List.of(draft), (checks, d) -> d, false)
                .getFirst();
    }

    /** Deletes a transaction inside a write the caller holds, as {@link #delete} does; a row already gone is no error. */
    public void deleteOwned(ChangeWriter writer, UUID id) {
        LedgerTransactionRecord record = writer.dsl()
                .selectFrom(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ID.eq(id))
                .fetchOne();
        if (record == null) {
            return;
        }
        deleteWithPeer(writer, record);
    }

    private void deleteWithPeer(ChangeWriter w, LedgerTransactionRecord record) {
        LedgerTransactionRecord peer = rows.peerOf(w.dsl(), record);
        CategoryTotals filed = new CategoryTotals();
        filed.addStored(w.dsl(), List.of(record.getId()), -1);
        filed.apply(w.dsl());
        rows.delete(w, record);
        if (peer != null) {
            rows.delete(w, peer);
        }
    }

    /**
     * Replaces what the transaction says with the draft; only the columns that differ are written and logged. The
     * other side of a transfer follows the date and amount, moves with a changed transfer account, and goes when the
     * edit is no longer a transfer.
     */
    public Transaction edit(UUID id, TransactionDraft draft) {
        return log.write(w -> edit(w, id, draft));
    }

    /** Edits a transaction inside a write the caller holds, as {@link #edit(UUID, TransactionDraft)} does. */
    public Transaction edit(ChangeWriter w, UUID id, TransactionDraft draft) {
        LedgerTransactionRecord record = TransactionReader.load(w.dsl(), id);
        LedgerTransactionRecord peer = rows.peerOf(w.dsl(), record);
        DraftChecks checks = new DraftChecks(w.dsl(), rates);
        CheckedDraft checked = checks.check(draft, keptPeerAmount(checks, record, peer, draft));
        CategoryTotals filed = new CategoryTotals();
        filed.addStored(w.dsl(), List.of(id), -1);
        rows.update(w, record, checked);
        rows.replaceSplits(w, record.getId(), checked.splits());
        rows.syncPeer(w, record, peer, checked);
        filed.addStored(w.dsl(), List.of(id), 1);
        filed.apply(w.dsl());
        return TransactionReader.read(w.dsl(), id);
    }

    /**
     * Gives a transaction another source and external id inside a write the caller holds, as bank sync does when a
     * pending row posts under a new provider id or a typed or imported row turns out to be a synced one. {@link #edit}
     * leaves both as they are.
     */
    public void setSource(ChangeWriter writer, UUID id, TransactionOrigin origin, String externalId) {
        LedgerTransactionRecord record = TransactionReader.load(writer.dsl(), id);
        record.setOrigin(origin.name());
        record.setExternalId(externalId);
        writer.update(record);
    }

    /** Deletes the transaction with its splits and, for a transfer, its other side. */
    public void delete(UUID id) {
        log.write(w -> {
            deleteWithPeer(w, TransactionReader.load(w.dsl(), id));
            return null;
        });
    }

    public Transaction get(UUID id) {
        return log.read(dsl -> TransactionReader.read(dsl, id));
    }

    /** Reads a transaction inside a write the caller holds, seeing what that write has done so far. */
    public Transaction get(ChangeWriter writer, UUID id) {
        return TransactionReader.read(writer.dsl(), id);
    }

    /** The transaction an import or provider already stored under this external id, if any. */
    public Optional<Transaction> findByExternalId(UUID accountId, String externalId) {
        return log.read(dsl -> dsl.selectFrom(LEDGER_TRANSACTION)
                .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(accountId))
                .and(LEDGER_TRANSACTION.EXTERNAL_ID.eq(externalId))
                .fetchOptional()
                .map(r -> TransactionReader.toTransactions(dsl, List.of(r)).getFirst()));
    }

    /**
     * Gives every listed transaction the category; split ones and transfers are left as they are.
     *
     * @return how many changed
     */
    public int recategorise(Collection<UUID> ids, UUID categoryId) {
        return log.write(w -> {
            if (categoryId != null) {
                new DraftChecks(w.dsl(), rates).requireCategory(categoryId, "category");
            }
            java.util.Set<UUID> split = new java.util.HashSet<>(w.dsl()
                    .selectDistinct(SPLIT.TRANSACTION_ID)
                    .from(SPLIT)
                    .where(SPLIT.TRANSACTION_ID.in(ids))
                    .fetch(SPLIT.TRANSACTION_ID));
            int changed = 0;
            java.util.Set<UUID> changing = new java.util.LinkedHashSet<>();
            List<LedgerTransactionRecord> records = w.dsl()
                    .selectFrom(LEDGER_TRANSACTION)
                    .where(LEDGER_TRANSACTION.ID.in(ids))
                    .fetch();
            for (LedgerTransactionRecord record : records) {
                if (!split.contains(record.getId()) && record.getTransferPeerId() == null) {
                    changing.add(record.getId());
                }
            }
            CategoryTotals filed = new CategoryTotals();
            filed.addStored(w.dsl(), changing, -1);
            for (LedgerTransactionRecord record : records) {
                if (changing.contains(record.getId())) {
                    record.setCategoryId(categoryId);
                    changed += w.update(record) ? 1 : 0;
                }
            }
            filed.addStored(w.dsl(), changing, 1);
            filed.apply(w.dsl());
            return changed;
        });
    }

    /** Sets the status of every listed transaction. */
    public int setStatus(Collection<UUID> ids, TransactionStatus status) {
        return log.write(w -> {
            int changed = 0;
            for (LedgerTransactionRecord record : w.dsl()
                    .selectFrom(LEDGER_TRANSACTION)
                    .where(LEDGER_TRANSACTION.ID.in(ids))
                    .fetch()) {
                record.setStatus(status.name());
                changed += w.update(record) ? 1 : 0;
            }
            return changed;
        });
    }

    /**
     * The other side's stored amount when the edit keeps the same accounts and amount, so a cross-currency transfer
     * keeps the amount that really arrived instead of a fresh conversion; null otherwise.
     */
    private static Money keptPeerAmount(
            DraftChecks checks, LedgerTransactionRecord record, LedgerTransactionRecord peer, TransactionDraft draft) {
        if (peer == null
                || draft.amount() == null
                || !record.getAccountId().equals(draft.accountId())
                || !peer.getAccountId().equals(draft.transferAccountId())) {
            return null;
        }
        Money stored = new Money(
                record.getAmount(), checks.account(record.getAccountId()).currency());
        if (draft.amount().compareTo(stored.toDecimal()) != 0) {
            return null;
        }
        return new Money(peer.getAmount(), checks.account(peer.getAccountId()).currency());
    }

    private static BiFunction<DraftChecks, TransactionDraft, TransactionDraft> ruled(RuleSet ruleSet) {
        return (checks, draft) -> draft.accountId() == null
                ? draft
                : ruleSet.apply(draft, checks.account(draft.accountId()).currency());
    }
}
