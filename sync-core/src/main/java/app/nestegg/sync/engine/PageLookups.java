package app.nestegg.sync.engine;

import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.vault.bank.MatchCandidate;
import app.nestegg.vault.bank.SyncedRows;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.ChangeWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a page's upserts need to know about the ledger, read when the page begins: the rows holding the page's provider
 * ids, and the rows no provider owns that its rows may match (one query per account instead of one per row). The page
 * then tells it what it changes, so an answer never goes stale: a provider id the page wrote, or a row whose provider
 * id the page changed, is no longer answered here, and the caller asks the database instead.
 */
final class PageLookups {

    /** A page's row with the account it goes to and its amount in that account's currency. */
    record Incoming(ProviderTransaction row, SyncTarget target, Money amount) {}

    private record AccountAmount(UUID accountId, long amount) {}

    private final Map<String, List<UUID>> held = new HashMap<>();
    private final Map<AccountAmount, List<MatchCandidate>> candidates = new HashMap<>();
    private final Set<String> writtenIds = new HashSet<>();
    private final Set<UUID> changedRows = new HashSet<>();

    /**
     * Reads the rows of the connection's accounts holding the page's provider ids, and for each account the page's rows
     * go to, its unlinked rows with one of their amounts from {@code slackDays} before the first row's date to as many
     * after the last.
     */
    static PageLookups read(
            ChangeWriter w, SyncedRows synced, Collection<UUID> accountIds, List<Incoming> rows, int slackDays) {
        PageLookups lookups = new PageLookups();
        if (rows.isEmpty()) {
            return lookups;
        }
        Set<String> ids = new HashSet<>();
        Map<UUID, List<Incoming>> byAccount = new LinkedHashMap<>();
        for (Incoming incoming : rows) {
            ids.add(incoming.row().id());
            if (incoming.row().pendingTransactionId() != null) {
                ids.add(incoming.row().pendingTransactionId());
            }
            byAccount
                    .computeIfAbsent(incoming.target().accountId(), account -> new ArrayList<>())
                    .add(incoming);
        }
        for (UUID account : accountIds) {
            synced.byExternalIds(w, account, ids)
                    .forEach((id, held) -> lookups.held
                            .computeIfAbsent(id, key -> new ArrayList<>())
                            .addAll(held));
        }
        byAccount.forEach((account, incoming) -> lookups.readCandidates(w, synced, account, incoming, slackDays));
        return lookups;
    }

    private void readCandidates(ChangeWriter w, SyncedRows synced, UUID accountId, List<Incoming> rows, int slackDays) {
        Set<Long> amounts = new HashSet<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (Incoming incoming : rows) {
            LocalDate date = incoming.row().date();
            amounts.add(incoming.amount().minor());
            first = date.isBefore(first) ? date : first;
            last = date.isAfter(last) ? date : last;
        }
        for (MatchCandidate candidate :
                synced.unlinkedBetween(w, accountId, amounts, first.minusDays(slackDays), last.plusDays(slackDays))) {
            candidates
                    .computeIfAbsent(new AccountAmount(accountId, candidate.amount()), key -> new ArrayList<>())
                    .add(candidate);
        }
    }

    /**
     * Whether {@link #held} answers for this provider id: the page has not written it, and one row at most held it
     * and still does (where several did, the database's order picks one).
     */
    boolean knows(String externalId) {
        if (writtenIds.contains(externalId)) {
            return false;
        }
        List<UUID> rows = held.getOrDefault(externalId, List.of());
        return rows.isEmpty() || rows.size() == 1 && !changedRows.contains(rows.getFirst());
    }

    /** The row that holds the provider id; only while {@link #knows} says so. */
    Optional<UUID> held(String externalId) {
        return held.getOrDefault(externalId, List.of()).stream().findFirst();
    }

    /**
     * The account's rows no provider owns with this amount within {@code slackDays} of the date, by date then id, less
     * those the page has linked already.
     */
    List<MatchCandidate> unlinkedNear(UUID accountId, long amount, LocalDate date, int slackDays) {
        return candidates.getOrDefault(new AccountAmount(accountId, amount), List.of()).stream()
                .filter(c -> Math.abs(ChronoUnit.DAYS.between(c.date(), date)) <= slackDays)
                .filter(c -> !changedRows.contains(c.id()))
                .toList();
    }

    /** The page gave an existing row this provider id. */
    void linked(UUID rowId, String externalId) {
        changedRows.add(rowId);
        writtenIds.add(externalId);
    }

    /** The page adds a row under this provider id. */
    void added(String externalId) {
        writtenIds.add(externalId);
    }
}
