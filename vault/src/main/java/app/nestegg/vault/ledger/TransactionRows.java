package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.LedgerTransactionRecord;
import app.nestegg.vault.store.generated.tables.records.SplitRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jooq.DSLContext;

/**
 * Writes transaction rows, their splits and transfer sides through the change log, keeping month totals in step; new
 * rows are filed in the category totals here, edits and deletes in {@link Transactions}.
 */
final class TransactionRows {

    private final Clock clock;

    TransactionRows(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks and inserts the drafts in batches; returns the ids of the drafts' own rows, in order. Rows without a
     * category count as uncategorised unless {@code uncategorisedCounts} is false: the cash side of a trade, which
     * moves money within an investment account and is neither income nor spending.
     */
    List<UUID> insertBatch(
            ChangeWriter w,
            DraftChecks checks,
            List<TransactionDraft> drafts,
            BiFunction<DraftChecks, TransactionDraft, TransactionDraft> rules,
            boolean uncategorisedCounts) {
        List<LedgerTransactionRecord> records = new ArrayList<>(drafts.size());
        List<SplitRecord> splits = new ArrayList<>();
        Map<MonthKey, long[]> totals = new HashMap<>();
        CategoryTotals filed = new CategoryTotals();
        List<UUID> ids = new ArrayList<>(drafts.size());
        for (TransactionDraft draft : drafts) {
            CheckedDraft checked = checks.check(rules.apply(checks, draft), null);
            LedgerTransactionRecord record = newRecord(checked);
            records.add(record);
            ids.add(record.getId());
            splits.addAll(splitRecords(record.getId(), checked.splits()));
            count(totals, record, 1);
            if (!checked.isTransfer() && (uncategorisedCounts || hasCategory(checked))) {
                file(filed, checked);
            }
            if (checked.isTransfer()) {
                LedgerTransactionRecord peer = newPeer(record, checked);
                records.add(peer);
                count(totals, peer, 1);
            }
        }
        w.insertAll(records);
        w.insertAll(splits);
        totals.forEach((key, sums) -> MonthTotals.add(w.dsl(), key.account(), key.month(), sums[0], (int) sums[1]));
        filed.apply(w.dsl());
        return ids;
    }

    LedgerTransactionRecord peerOf(DSLContext dsl, LedgerTransactionRecord record) {
        return record.getTransferPeerId() == null
                ? null
                : dsl.selectFrom(LEDGER_TRANSACTION)
                        .where(LEDGER_TRANSACTION.ID.eq(record.getTransferPeerId()))
                        .fetchOne();
    }

    void update(ChangeWriter w, LedgerTransactionRecord record, CheckedDraft checked) {
        MonthTotals.add(w.dsl(), record.getAccountId(), record.getPostedOn(), -record.getAmount(), -1);
        fill(record, checked);
        MonthTotals.add(w.dsl(), record.getAccountId(), record.getPostedOn(), record.getAmount(), 1);
        w.update(record);
    }

    /** Leaves the splits alone when they are the same, else replaces them all. */
    void replaceSplits(ChangeWriter w, UUID transactionId, List<Split> wanted) {
        List<SplitRecord> existing = w.dsl()
                .selectFrom(SPLIT)
                .where(SPLIT.TRANSACTION_ID.eq(transactionId))
                .orderBy(SPLIT.POSITION)
                .fetch();
        boolean same = existing.size() == wanted.size();
        for (int i = 0; same && i < wanted.size(); i++) {
            SplitRecord stored = existing.get(i);
            Split split = wanted.get(i);
            same = Objects.equals(stored.getCategoryId(), split.categoryId())
                    && stored.getAmount() == split.amount().minor()
                    && Objects.equals(stored.getMemo(), split.memo());
        }
        if (same) {
            return;
        }
        existing.forEach(w::delete);
        for (SplitRecord split : splitRecords(transactionId, wanted)) {
            w.insert(split);
        }
    }

    /** Makes the other side match an edited transfer: created, moved, re-dated, re-valued or deleted. */
    void syncPeer(ChangeWriter w, LedgerTransactionRecord record, LedgerTransactionRecord peer, CheckedDraft checked) {
        if (!checked.isTransfer()) {
            if (peer != null) {
                delete(w, peer);
                record.setTransferPeerId(null);
                w.update(record);
            }
            return;
        }
        if (peer == null) {
            LedgerTransactionRecord created = newPeer(record, checked);
            w.insert(created);
            MonthTotals.add(w.dsl(), created.getAccountId(), created.getPostedOn(), created.getAmount(), 1);
            record.setTransferPeerId(created.getId());
            w.update(record);
            return;
        }
        MonthTotals.add(w.dsl(), peer.getAccountId(), peer.getPostedOn(), -peer.getAmount(), -1);
        peer.setAccountId(checked.transferAccount().id());
        peer.setPostedOn(checked.date());
        peer.setAmount(checked.transferAmount().minor());
        MonthTotals.add(w.dsl(), peer.getAccountId(), peer.getPostedOn(), peer.getAmount(), 1);
        w.update(peer);
    }

    void delete(ChangeWriter w, LedgerTransactionRecord record) {
        w.dsl().selectFrom(SPLIT).where(SPLIT.TRANSACTION_ID.eq(record.getId())).forEach(w::delete);
        MonthTotals.add(w.dsl(), record.getAccountId(), record.getPostedOn(), -record.getAmount(), -1);
        w.delete(record);
    }

    private LedgerTransactionRecord newRecord(CheckedDraft checked) {
        LedgerTransactionRecord record = new LedgerTransactionRecord();
        record.setId(Ids.newId());
        record.setCreatedAt(clock.instant());
        fill(record, checked);
        record.setOrigin(checked.origin().name());
        record.setExternalId(checked.externalId());
        return record;
    }

    private LedgerTransactionRecord newPeer(LedgerTransactionRecord record, CheckedDraft checked) {
        LedgerTransactionRecord peer = new LedgerTransactionRecord();
        peer.setId(Ids.newId());
        peer.setAccountId(checked.transferAccount().id());
        peer.setPostedOn(checked.date());
        peer.setAmount(checked.transferAmount().minor());
        peer.setPayee(checked.payee());
        peer.setMemo(checked.memo());
        peer.setStatus(TransactionStatus.UNCLEARED.name());
        peer.setTransferPeerId(record.getId());
        peer.setOrigin(checked.origin().name());
        peer.setCreatedAt(record.getCreatedAt());
        record.setTransferPeerId(peer.getId());
        return peer;
    }

    private static void fill(LedgerTransactionRecord record, CheckedDraft checked) {
        record.setAccountId(checked.account().id());
        record.setPostedOn(checked.date());
        record.setAmount(checked.amount().minor());
        record.setPayee(checked.payee());
        record.setMemo(checked.memo());
        record.setCategoryId(checked.categoryId());
        record.setStatus(checked.status().name());
        record.setTags(LedgerText.joinTags(checked.tags()));
        record.setNotes(checked.notes());
    }

    private static List<SplitRecord> splitRecords(UUID transactionId, List<Split> splits) {
        List<SplitRecord> records = new ArrayList<>(splits.size());
        for (int i = 0; i < splits.size(); i++) {
            Split split = splits.get(i);
            SplitRecord record = new SplitRecord();
            record.setId(Ids.newId());
            record.setTransactionId(transactionId);
            record.setCategoryId(split.categoryId());
            record.setAmount(split.amount().minor());
            record.setMemo(split.memo());
            record.setPosition(i);
            records.add(record);
        }
        return records;
    }

    private static boolean hasCategory(CheckedDraft checked) {
        return checked.categoryId() != null || checked.splits().stream().anyMatch(s -> s.categoryId() != null);
    }

    private static void file(CategoryTotals filed, CheckedDraft checked) {
        String currency = checked.account().currency().getCurrencyCode();
        if (checked.splits().isEmpty()) {
            filed.add(
                    checked.categoryId(),
                    checked.date(),
                    currency,
                    checked.amount().minor(),
                    1);
        }
        for (Split split : checked.splits()) {
            filed.add(
                    split.categoryId(), checked.date(), currency, split.amount().minor(), 1);
        }
    }

    private static void count(Map<MonthKey, long[]> totals, LedgerTransactionRecord record, int sign) {
        long[] sums = totals.computeIfAbsent(
                new MonthKey(record.getAccountId(), MonthTotals.monthOf(record.getPostedOn())), k -> new long[2]);
        sums[0] += sign * record.getAmount();
        sums[1] += sign;
    }

    private record MonthKey(UUID account, LocalDate month) {
        MonthKey {
            Objects.requireNonNull(account);
        }
    }
}
