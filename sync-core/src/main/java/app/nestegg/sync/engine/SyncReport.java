package app.nestegg.sync.engine;

import app.nestegg.vault.bank.ConnectionError;
import app.nestegg.vault.bank.ConnectionStatus;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one sync of a connection did: the changes per linked ledger account (rows of pages that committed before a
 * failure included), and the connection's status afterwards.
 *
 * @param error why the sync failed, or null when it succeeded
 * @param holdingsError why the bank's holdings were not (all) applied, or null; it does not fail the sync
 */
public record SyncReport(
        UUID connectionId,
        ConnectionStatus status,
        Map<UUID, AccountChanges> accounts,
        ConnectionError error,
        ConnectionError holdingsError) {

    public SyncReport {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(status, "status");
        accounts = Map.copyOf(accounts);
    }

    /** A report without a holdings problem. */
    public SyncReport(
            UUID connectionId, ConnectionStatus status, Map<UUID, AccountChanges> accounts, ConnectionError error) {
        this(connectionId, status, accounts, error, null);
    }

    public boolean succeeded() {
        return error == null;
    }

    /** The changes of one ledger account; none when the sync did not touch it. */
    public AccountChanges changesOf(UUID accountId) {
        return accounts.getOrDefault(accountId, AccountChanges.NONE);
    }

    /** The changes summed over every account. */
    public AccountChanges total() {
        return accounts.values().stream().reduce(AccountChanges.NONE, AccountChanges::plus);
    }
}
