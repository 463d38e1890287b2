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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a page's upserts need to know about the ledger, read in two queries when the page begins instead of two per row:
 * the row holding each provider id of the page, and the rows no provider owns that the page's rows may match. The page
 * then tells it what it changes, so an answer never goes stale: a provider id the page wrote, or a row whose provider
 * id the page changed, is no longer answered here, and the caller asks the database instead.
 */
final class PageLookups {

    /** A page's row with the account it goes to and its amount in that account's currency. */
    record Incoming(ProviderTransaction row, SyncTarget target, Money amount) {}

    private record AccountAmount(UUID accountId, long amount) {}

    private final Map<String, UUID> held;
    private final Map<AccountAmount, List<MatchCandidate>> candidates = new HashMap<>();
    private final Set<String> writtenIds = new HashSet<>();
    private final Set<UUID> changedRows = new HashSet<>();

    private PageLookups(Map<String, UUID> held, List<MatchCandidate> unlinked) {
        this.held = held;
        for (MatchCandidate candidate : unlinked) {
            candidates
                    .computeIfAbsent(
                            new AccountAmount(candidate.accountId(), candidate.amount()), key -> new ArrayList<>())
                    .add(candidate);
        }
    }

    static PageLookups read(
            ChangeWriter w, SyncedRows synced, Collection<UUID> accountIds, List<Incoming> rows, int slackDays) {
        if (rows.isEmpty()) {
            return new PageLookups(Map.of(), List.of());
        }
        Set<String> ids = new LinkedHashSet<>();
        Set<Long> amounts = new HashSet<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (Incoming incoming : rows) {
            ProviderTransaction row = incoming.row();
            ids.add(row.id());
            if (row.pendingTransactionId() != null) {
                ids.add(row.pendingTransactionId());
            }
            amounts.add(incoming.amount().minor());
            first = row.date().isBefore(first) ? row.date() : first;
            last = row.date().isAfter(last) ? row.date() : last;
        }
        return new PageLookups(
                synced.byExternalIds(w, accountIds, ids),
                synced.unlinkedBetween(w, accountIds, amounts, first.minusDays(slackDays), last.plusDays(slackDays)));
    }

    /** Whether {@link #held} still answers for this provider id. */
    boolean knows(String externalId) {
        if (writtenIds.contains(externalId)) {
            return false;
        }
        UUID row = held.get(externalId);
        return row == null || !changedRows.contains(row);
    }

    /** The row that holds the provider id; only while {@link #knows} says so. */
    Optional<UUID> held(String externalId) {
        return Optional.ofNullable(held.get(externalId));
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
