package app.nestegg.sync.engine;

import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.vault.bank.MatchCandidate;
import app.nestegg.vault.bank.SyncedRows;
import app.nestegg.vault.exchange.imports.PayeeSimilarity;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.RuleSet;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.TransactionOrigin;
import app.nestegg.vault.ledger.TransactionStatus;
import app.nestegg.vault.ledger.Transactions;
import app.nestegg.vault.store.ChangeWriter;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one page's added and modified provider rows to the ledger inside the page's write, each as an upsert by
 * provider id: the row holding that id, else the pending row it replaces, else a typed or imported row it matches, is
 * updated in its provider-owned fields; only when none exists is a row inserted, through the rules. The new rows are
 * stored together by {@link #finish}, one batch per page; a lookup that could depend on them stores them first.
 */
final class RowUpserter {

    /** How far apart a synced row and a typed or imported row may lie and still be the same, as for imports. */
    static final int SLACK_DAYS = 3;

    private static final int MAX_PAYEE = 200;

    private final Transactions transactions;
    private final SyncedRows synced;
    private final ChangeWriter w;
    private final ProviderIds providerIds;
    private final PageLookups lookups;
    private final RuleSet rules;
    private final List<TransactionDraft> newRows = new ArrayList<>();
    private final List<String> newPayees = new ArrayList<>();
    private final Set<String> newProviderIds = new HashSet<>();

    RowUpserter(
            Transactions transactions,
            SyncedRows synced,
            ChangeWriter w,
            ProviderIds providerIds,
            PageLookups lookups,
            RuleSet rules) {
        this.transactions = transactions;
        this.synced = synced;
        this.w = w;
        this.providerIds = providerIds;
        this.lookups = lookups;
        this.rules = rules;
    }

    /** What happened to the row. */
    enum Outcome {
        ADDED,
        MODIFIED,
        MATCHED
    }

    Outcome upsert(SyncTarget target, ProviderTransaction row, Money amount, UUID hint) {
        Optional<UUID> held = held(row.id());
        if (held.isEmpty() && row.pendingTransactionId() != null) {
            held = held(row.pendingTransactionId());
        }
        if (held.isPresent()) {
            update(held.get(), row, amount);
            return Outcome.MODIFIED;
        }
        Optional<UUID> match = match(target.accountId(), row, amount);
        if (match.isPresent()) {
            update(match.get(), row, amount);
            return Outcome.MATCHED;
        }
        String payee = payeeOf(row);
        newRows.add(TransactionDraft.of(target.accountId(), row.date(), amount.toDecimal(), payee)
                .withCategory(hint)
                .withStatus(row.pending() ? TransactionStatus.PENDING : TransactionStatus.CLEARED)
                .withSource(TransactionOrigin.PROVIDER, row.id()));
        newPayees.add(payee);
        newProviderIds.add(row.id());
        return Outcome.ADDED;
    }

    /** Stores the rows added since the last call, with the provider's payee text of each. */
    void finish() {
        if (newRows.isEmpty()) {
            return;
        }
        List<UUID> ids = transactions.addBatch(w, newRows, rules);
        Map<UUID, String> payees = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            payees.put(ids.get(i), newPayees.get(i));
            providerIds.added(ids.get(i), newRows.get(i).externalId());
        }
        synced.rememberNewPayees(w, payees);
        newRows.clear();
        newPayees.clear();
        newProviderIds.clear();
    }

    /** The row holding the provider id; the page's rows not stored yet are stored first when one of them might. */
    private Optional<UUID> held(String externalId) {
        if (newProviderIds.contains(externalId)) {
            finish();
        }
        return providerIds.held(w, externalId);
    }

    /**
     * Sets the provider-owned fields: date, amount, status and provider id, and the payee while the person has not
     * renamed it (the row still shows the payee text the provider last sent). Category, memo, splits, tags, notes and
     * transfers stay; a split row's last split takes up a change of amount.
     */
    private void update(UUID id, ProviderTransaction row, Money amount) {
        Transaction held = transactions.get(w, id);
        String payee = payeeOf(row);
        boolean renamed = synced.providerPayee(w, id)
                .map(last -> !last.equals(held.payee()))
                .orElse(true);
        TransactionDraft draft = held.toDraft()
                .withDate(row.date())
                .withAmount(amount.toDecimal())
                .withStatus(statusAfter(held.status(), row.pending()))
                .withSplits(splitsFor(held, amount));
        if (!renamed) {
            draft = draft.withPayee(payee);
        }
        transactions.edit(w, id, draft);
        transactions.setSource(w, id, TransactionOrigin.PROVIDER, row.id());
        providerIds.added(id, row.id());
        lookups.linked(id);
        synced.rememberPayee(w, id, payee);
    }

    /** The nearest typed or imported row of the account with the same amount, a close date and a similar payee. */
    private Optional<UUID> match(UUID accountId, ProviderTransaction row, Money amount) {
        MatchCandidate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (MatchCandidate candidate : lookups.unlinkedNear(accountId, amount.minor(), row.date(), SLACK_DAYS)) {
            long distance = Math.abs(ChronoUnit.DAYS.between(candidate.date(), row.date()));
            boolean similar = PayeeSimilarity.similar(candidate.payee(), row.payee())
                    || PayeeSimilarity.similar(candidate.payee(), row.description());
            if (similar && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(MatchCandidate::id);
    }

    /** Pending while the provider says so; a posted row becomes cleared, unless the person reconciled it already. */
    private static TransactionStatus statusAfter(TransactionStatus held, boolean pending) {
        if (pending) {
            return TransactionStatus.PENDING;
        }
        return held == TransactionStatus.RECONCILED ? TransactionStatus.RECONCILED : TransactionStatus.CLEARED;
    }

    private static List<SplitDraft> splitsFor(Transaction held, Money amount) {
        List<SplitDraft> splits = new ArrayList<>(held.toDraft().splits());
        long difference = amount.minor() - held.amount().minor();
        if (splits.isEmpty() || difference == 0) {
            return splits;
        }
        SplitDraft last = splits.removeLast();
        BigDecimal moved = new Money(difference, amount.currency()).toDecimal();
        splits.add(new SplitDraft(last.categoryId(), last.amount().add(moved), last.memo()));
        return splits;
    }

    static String payeeOf(ProviderTransaction row) {
        String payee = Objects.requireNonNullElse(row.payee(), "").strip();
        if (payee.isEmpty()) {
            payee = row.description().isBlank()
                    ? "Unknown payee"
                    : row.description().strip();
        }
        return payee.length() <= MAX_PAYEE
                ? payee
                : payee.substring(0, MAX_PAYEE).strip();
    }
}
