package app.nestegg.sync.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Counts per ledger account, gathered while a page is applied and added to the run's only once the page commits. Each
 * provider row counts once per run with what first happened to it: after a restart from the run's first cursor the
 * pages already applied come again, and a row added before the restart must not count again as modified.
 */
final class ChangeCounts {

    private enum Kind {
        ADDED,
        MODIFIED,
        MATCHED
    }

    private record Counted(UUID account, Kind kind) {}

    private final Map<String, Counted> upserted = new LinkedHashMap<>();
    private final Map<String, UUID> removed = new LinkedHashMap<>();
    private final Map<UUID, AccountChanges> perAccount = new LinkedHashMap<>();

    void added(UUID account, String providerId) {
        upserted.putIfAbsent(providerId, new Counted(account, Kind.ADDED));
    }

    void modified(UUID account, String providerId) {
        upserted.putIfAbsent(providerId, new Counted(account, Kind.MODIFIED));
    }

    void matched(UUID account, String providerId) {
        upserted.putIfAbsent(providerId, new Counted(account, Kind.MATCHED));
    }

    void removed(UUID account, String providerId) {
        removed.putIfAbsent(providerId, account);
    }

    void holdingsAdjusted(UUID account, int securities) {
        merge(perAccount, account, new AccountChanges(0, 0, 0, 0, securities));
    }

    void addAll(ChangeCounts other) {
        other.upserted.forEach(upserted::putIfAbsent);
        other.removed.forEach(removed::putIfAbsent);
        other.perAccount.forEach((account, changes) -> merge(perAccount, account, changes));
    }

    void touch(UUID account) {
        merge(perAccount, account, AccountChanges.NONE);
    }

    Map<UUID, AccountChanges> snapshot() {
        Map<UUID, AccountChanges> byAccount = new LinkedHashMap<>(perAccount);
        upserted.values().forEach(row -> merge(byAccount, row.account(), changeOf(row.kind())));
        removed.values().forEach(account -> merge(byAccount, account, new AccountChanges(0, 0, 1, 0)));
        return Map.copyOf(byAccount);
    }

    private static AccountChanges changeOf(Kind kind) {
        return switch (kind) {
            case ADDED -> new AccountChanges(1, 0, 0, 0);
            case MODIFIED -> new AccountChanges(0, 1, 0, 0);
            case MATCHED -> new AccountChanges(0, 0, 0, 1);
        };
    }

    private static void merge(Map<UUID, AccountChanges> into, UUID account, AccountChanges changes) {
        into.merge(account, changes, AccountChanges::plus);
    }
}
