package app.nestegg.sync.provider;

import java.util.List;

/**
 * A bank-data service reached with one linked login's access token. Implementations make blocking HTTP calls with
 * timeouts, so callers run them off the JavaFX thread. Every failure is a {@link ProviderException}.
 */
public interface BankProvider {

    ProviderKind kind();

    /** The accounts the login shares. */
    List<ProviderAccount> accounts(AccessToken token);

    /** Balances fetched fresh from the bank where the provider can, for every account the login shares. */
    List<ProviderBalance> balances(AccessToken token);

    /**
     * One page of transaction changes after {@code cursor}. Call again with {@link TransactionChanges#nextCursor()}
     * while {@link TransactionChanges#hasMore()}; a {@link ProviderFailure#CHANGED_DURING_PAGINATION} failure means
     * starting over from the cursor the run began with.
     */
    TransactionChanges transactionChanges(AccessToken token, SyncCursor cursor);

    /** Positions in the login's investment accounts; empty when it has none. */
    List<ProviderHolding> holdings(AccessToken token);

    /** Revokes the token at the provider; later calls with it fail with {@link ProviderFailure#ACCESS_REVOKED}. */
    void disconnect(AccessToken token);
}
