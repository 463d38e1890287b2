package app.nestegg.vault.bank;

import app.nestegg.vault.VaultException;

/** A bank connection that does not exist or cannot do what was asked in its state; the message names it. */
public final class BankConnectionException extends VaultException {
    private static final long serialVersionUID = 1L;

    public BankConnectionException(String message) {
        super(message);
    }
}
