package app.nestegg.vault;

/** The passphrase, the authenticator code, the backup code or the recovery key was wrong. */
public final class WrongCredentialsException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final int attemptsLeft;

    public WrongCredentialsException(String what, int attemptsLeft) {
        super(what + " is wrong. " + attemptsLeftText(attemptsLeft));
        this.attemptsLeft = attemptsLeft;
    }

    /** How many more failures are allowed before the vault locks for a while. */
    public int attemptsLeft() {
        return attemptsLeft;
    }

    private static String attemptsLeftText(int attemptsLeft) {
        return attemptsLeft == 1
                ? "One more failure locks the vault for 30 minutes."
                : attemptsLeft + " more failures lock the vault for 30 minutes.";
    }
}
