package app.nestegg.vault;

/** An authenticator code given to confirm or turn off MFA did not match; not counted as a failed unlock. */
public final class InvalidCodeException extends VaultException {
    private static final long serialVersionUID = 1L;

    public InvalidCodeException() {
        super("That code does not match. Use the current 6-digit code from the authenticator app, and check that"
                + " the device's clock is right.");
    }
}
