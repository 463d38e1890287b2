package app.nestegg.sync.engine;

import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.vault.bank.MatchCandidate;
import app.nestegg.vault.bank.SyncedRows;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.ChangeWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows no provider owns that a page's rows may match, read when the page begins (one query per account instead of
 * one per row). The page tells it which rows it links, so a row is never matched twice.
 */
final class PageLookups {

    /** A page's row with the account it goes to and its amount in that account's currency. */
    record Incoming(ProviderTransaction row, SyncTarget target, Money amount) {}

    private record AccountAmount(UUID accountId, long amount) {}

    private final Map<AccountAmount, List<MatchCandidate>> candidates = new HashMap<>();
    private final Set<UUID> changedRows = new HashSet<>();

    /**
     * Reads, for each account the page's rows go to, its unlinked rows with one of their amounts from {@code slackDays}
     * before the first row's date to as many after the last.
     */
    static PageLookups read(ChangeWriter w, SyncedRows synced, List<Incoming> rows, int slackDays) {
        PageLookups lookups = new PageLookups();
        Map<UUID, List<Incoming>> byAccount = new LinkedHashMap<>();
        for (Incoming incoming : rows) {
            byAccount
                    .computeIfAbsent(incoming.target().accountId(), account -> new ArrayList<>())
                    .add(incoming);
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
     * The account's rows no provider owns with this amount within {@code slackDays} of the date, by date then id, less
     * those the page has linked already.
     */
    List<MatchCandidate> unlinkedNear(UUID accountId, long amount, LocalDate date, int slackDays) {
        return candidates.getOrDefault(new AccountAmount(accountId, amount), List.of()).stream()
                .filter(c -> Math.abs(ChronoUnit.DAYS.between(c.date(), date)) <= slackDays)
                .filter(c -> !changedRows.contains(c.id()))
                .toList();
    }

    /** The page gave an existing row a provider id. */
    void linked(UUID rowId) {
        changedRows.add(rowId);
    }
}
