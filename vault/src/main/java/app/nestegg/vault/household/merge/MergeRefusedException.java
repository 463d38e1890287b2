package app.nestegg.vault.household.merge;

import app.nestegg.vault.VaultException;

/** Entries this vault cannot apply (an unknown table or column, a malformed value); nothing of them was applied. */
public final class MergeRefusedException extends VaultException {
    private static final long serialVersionUID = 1L;

    public MergeRefusedException(String message) {
        super(message);
    }

    public MergeRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
