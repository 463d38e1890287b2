package app.nestegg.vault;

/** An operation that does not fit the vault's current state, such as confirming MFA that was never started. */
public final class VaultStateException extends VaultException {
    private static final long serialVersionUID = 1L;

    public VaultStateException(String message) {
        super(message);
    }
}
