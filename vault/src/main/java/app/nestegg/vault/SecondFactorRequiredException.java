package app.nestegg.vault;

/** The passphrase was right, but MFA is on and no authenticator or backup code was given. Not a failed attempt. */
public final class SecondFactorRequiredException extends VaultException {
    private static final long serialVersionUID = 1L;

    public SecondFactorRequiredException() {
        super("Two-step unlock is on: give the 6-digit code from your authenticator app, or one of your backup codes.");
    }
}
