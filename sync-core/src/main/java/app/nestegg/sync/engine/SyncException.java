package app.nestegg.sync.engine;

import app.nestegg.vault.VaultException;

/**
 * A provider page the ledger cannot take as it is (a row in another currency than its account, a row for an account
 * the login did not list); the message names the connection's account and the transaction, never a token.
 */
public final class SyncException extends VaultException {
    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }
}
