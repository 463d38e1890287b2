package app.nestegg.sync.engine;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cursor loop of one sync: each page is applied and its next cursor stored in one ledger write, so a failure
 * between pages leaves exactly the pages before it, and the next sync resumes from the cursor stored last. When the
 * provider's data changes during pagination, the loop goes back to the cursor the run began with; pages already
 * applied come again and are upserted a second time, which changes nothing.
 *
 * <p>The next page is read on the {@link PrefetchThread} while the current one is stored (ADR 0025). Its result, or
 * its failure, is taken only after the current page committed, so a failure still leaves exactly the pages before it;
 * a run that ends early (a failed write, a locked vault) discards the read in flight.
 */
final class TransactionRun {

    /** Restarts from the run's first cursor within one sync before it gives up and retries later. */
    static final int MAX_RESTARTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRun.class);

    private final Ledger ledger;
    private final BankConnections connections;
    private final PageApplier applier;
    private final PrefetchThread prefetch;

    TransactionRun(Ledger ledger, PrefetchThread prefetch) {
        this.ledger = ledger;
        this.prefetch = prefetch;
        this.connections = ledger.bankConnections();
        this.applier = new PageApplier(ledger);
    }

    /**
     * Reads and applies pages until the provider has no more; the counts of committed pages go into {@code counts}
     * even when a later page fails.
     */
    void run(
            UUID connectionId,
            BankProvider provider,
            AccessToken token,
            Map<String, LinkedAccount> links,
            ChangeCounts counts) {
        Map<String, SyncTarget> targets = applier.targets(links);
        ProviderIds providerIds = applier.providerIds(targets);
        connections.beginRun(connectionId);
        PageRead<TransactionChanges> next = read(provider, token, new SyncCursor(connections.cursor(connectionId)));
        int restarts = 0;
        int pages = 0;
        try {
            while (true) {
                TransactionChanges page;
                try {
                    page = next.await();
                } catch (ProviderException e) {
                    if (e.failure() != ProviderFailure.CHANGED_DURING_PAGINATION || restarts >= MAX_RESTARTS) {
                        throw e;
                    }
                    restarts++;
                    LOG.info(
                            "Bank connection {}: data changed during pagination, restart {} from the run's first cursor",
                            connectionId,
                            restarts);
                    next = read(provider, token, new SyncCursor(connections.restartRun(connectionId)));
                    continue;
                }
                // The next page is read while this one is stored; its failure is only seen after this one committed.
                next = page.hasMore() ? read(provider, token, page.nextCursor()) : null;
                Map<String, UUID> hints = categoryHints(page);
                RuleSet rules = ledger.rules().snapshot();
                TransactionChanges applied = page;
                ChangeCounts pageCounts = ledger.changeLog()
                        .write(w -> applier.apply(w, connectionId, targets, providerIds, applied, rules, hints));
                counts.addAll(pageCounts);
                pages++;
                if (next == null) {
                    LOG.debug("Bank connection {}: {} pages applied", connectionId, pages);
                    return;
                }
            }
        } finally {
            if (next != null) {
                next.discard();
            }
        }
    }

    private PageRead<TransactionChanges> read(BankProvider provider, AccessToken token, SyncCursor cursor) {
        return prefetch.submit(() -> provider.transactionChanges(token, cursor));
    }

    /**
     * Our category for each row whose provider category maps to one (Plaid's categories; others find none), each
     * provider category looked up once per page.
     */
    private Map<String, UUID> categoryHints(TransactionChanges page) {
        Map<String, UUID> hints = new HashMap<>();
        Map<String, Optional<UUID>> categories = new HashMap<>();
        List<ProviderTransaction> rows = new ArrayList<>(page.added());
        rows.addAll(page.modified());
        for (ProviderTransaction row : rows) {
            String hint = row.categoryHint();
            if (hint != null && !hint.isBlank()) {
                categories
                        .computeIfAbsent(
                                hint.strip(),
                                text -> ledger.plaidCategories()
                                        .categoryFor(text, text)
                                        .map(Category::id))
                        .ifPresent(id -> hints.putIfAbsent(row.id(), id));
            }
        }
        return hints;
    }
}
