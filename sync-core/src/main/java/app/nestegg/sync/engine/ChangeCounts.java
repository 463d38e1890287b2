package app.nestegg.sync.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Counts per ledger account, gathered while a page is applied and added to the run's only once the page commits. */
final class ChangeCounts {

    private final Map<UUID, AccountChanges> byAccount = new LinkedHashMap<>();

    void added(UUID account) {
        merge(account, new AccountChanges(1, 0, 0, 0));
    }

    void modified(UUID account) {
        merge(account, new AccountChanges(0, 1, 0, 0));
    }

    void removed(UUID account) {
        merge(account, new AccountChanges(0, 0, 1, 0));
    }

    void matched(UUID account) {
        merge(account, new AccountChanges(0, 0, 0, 1));
    }

    void holdingsAdjusted(UUID account, int securities) {
        merge(account, new AccountChanges(0, 0, 0, 0, securities));
    }

    void addAll(ChangeCounts other) {
        other.byAccount.forEach(this::merge);
    }

    void touch(UUID account) {
        merge(account, AccountChanges.NONE);
    }

    Map<UUID, AccountChanges> snapshot() {
        return Map.copyOf(byAccount);
    }

    private void merge(UUID account, AccountChanges changes) {
        byAccount.merge(account, changes, AccountChanges::plus);
    }
}
