package app.nestegg.sync.engine;

import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.sync.provider.RemovedTransaction;
import app.nestegg.sync.provider.TransactionChanges;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.bank.SyncedRows;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.RuleSet;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionStatus;
import app.nestegg.vault.store.ChangeWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies one page of provider changes and stores the cursor after it, all in the caller's write: added and modified
 * rows as upserts by provider id, removed rows deleted, except pending ones, which wait for the end of the run in case
 * a posted row on a later page claims them. The run's last page then deletes the waiting rows nobody claimed.
 */
final class PageApplier {

    private final Ledger ledger;
    private final BankConnections connections;
    private final SyncedRows synced;

    PageApplier(Ledger ledger) {
        this.ledger = ledger;
        this.connections = ledger.bankConnections();
        this.synced = connections.syncedRows();
    }

    /** The ledger accounts of a connection's links, read before a write. */
    Map<String, SyncTarget> targets(Map<String, LinkedAccount> links) {
        List<UUID> ids = links.values().stream().map(LinkedAccount::accountId).toList();
        Map<String, SyncTarget> targets = new LinkedHashMap<>();
        links.forEach((providerId, link) -> {
            Account account = ledger.accounts().get(link.accountId());
            targets.put(providerId, new SyncTarget(account.id(), account.currency(), account.name(), ids));
        });
        return targets;
    }

    ChangeCounts apply(
            ChangeWriter w,
            UUID connectionId,
            Map<String, SyncTarget> targets,
            ProviderIds providerIds,
            TransactionChanges page,
            RuleSet rules,
            Map<String, UUID> categoryHints) {
        ChangeCounts counts = new ChangeCounts();
        providerIds.load(w);
        List<ProviderTransaction> upserts = new ArrayList<>(page.added());
        upserts.addAll(page.modified());
        List<PageLookups.Incoming> incoming = new ArrayList<>(upserts.size());
        for (ProviderTransaction row : upserts) {
            SyncTarget target = targetOf(targets, row);
            incoming.add(new PageLookups.Incoming(row, target, amountOf(target, row)));
        }
        PageLookups lookups = PageLookups.read(w, synced, incoming, RowUpserter.SLACK_DAYS);
        RowUpserter upserter = new RowUpserter(ledger.transactions(), synced, w, providerIds, lookups, rules);
        for (PageLookups.Incoming in : incoming) {
            UUID account = in.target().accountId();
            switch (upserter.upsert(
                    in.target(),
                    in.row(),
                    in.amount(),
                    categoryHints.get(in.row().id()))) {
                case ADDED -> counts.added(account, in.row().id());
                case MODIFIED -> counts.modified(account, in.row().id());
                case MATCHED -> counts.matched(account, in.row().id());
            }
        }
        upserter.finish();
        for (RemovedTransaction removed : page.removed()) {
            remove(w, connectionId, providerIds, removed.id(), counts);
        }
        connections.storeCursor(w, connectionId, page.nextCursor().value(), !page.hasMore());
        if (!page.hasMore()) {
            for (String unclaimed : connections.takeDeferredRemovals(w, connectionId)) {
                providerIds.held(w, unclaimed).ifPresent(id -> delete(w, providerIds, id, unclaimed, counts));
            }
        }
        return counts;
    }

    private void remove(
            ChangeWriter w, UUID connectionId, ProviderIds providerIds, String providerId, ChangeCounts counts) {
        Optional<UUID> held = providerIds.held(w, providerId);
        if (held.isEmpty()) {
            return;
        }
        Transaction row = ledger.transactions().get(w, held.get());
        if (row.status() == TransactionStatus.PENDING) {
            connections.deferRemoval(w, connectionId, providerId);
        } else {
            delete(w, providerIds, row.id(), providerId, counts);
        }
    }

    private void delete(ChangeWriter w, ProviderIds providerIds, UUID id, String providerId, ChangeCounts counts) {
        UUID account = ledger.transactions().get(w, id).accountId();
        ledger.transactions().deleteOwned(w, id);
        synced.forgetPayee(w, id);
        providerIds.deleted(id);
        counts.removed(account, providerId);
    }

    private static SyncTarget targetOf(Map<String, SyncTarget> targets, ProviderTransaction row) {
        SyncTarget target = targets.get(row.accountId());
        if (target == null) {
            throw new SyncException("Transaction " + row.id() + " belongs to provider account " + row.accountId()
                    + ", which the bank did not list among the login's accounts");
        }
        return target;
    }

    /** The amount in the account's currency; a row in another currency is refused, naming account and row. */
    private static Money amountOf(SyncTarget target, ProviderTransaction row) {
        String code = row.currencyCode();
        String currency = target.currency().getCurrencyCode();
        if (code != null
                && !code.isBlank()
                && !code.strip().toUpperCase(Locale.ROOT).equals(currency)) {
            throw new SyncException("Transaction " + row.id() + " of " + row.date() + " in account '"
                    + target.accountName() + "' is in " + code.strip() + ", but the account keeps " + currency
                    + "; the ledger holds one currency per account");
        }
        try {
            return Money.of(row.amount(), target.currency(), "amount");
        } catch (LedgerInputException e) {
            throw new SyncException("Transaction " + row.id() + " in account '" + target.accountName()
                    + "' has an amount the account's currency cannot hold: " + e.getMessage());
        }
    }

    /** The run's record of which rows hold which provider ids, over all the connection's accounts. */
    ProviderIds providerIds(Map<String, SyncTarget> targets) {
        return new ProviderIds(
                synced,
                targets.values().stream()
                        .findFirst()
                        .map(SyncTarget::accountIds)
                        .orElse(List.of()));
    }
}
