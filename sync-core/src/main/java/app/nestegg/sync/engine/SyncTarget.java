package app.nestegg.sync.engine;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The ledger account a provider row goes to, with its currency, and every ledger account of the same connection (a
 * row is looked up by provider id in all of them).
 */
record SyncTarget(UUID accountId, Currency currency, String accountName, Collection<UUID> accountIds) {

    SyncTarget {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(accountName, "accountName");
        accountIds = List.copyOf(accountIds);
    }
}
