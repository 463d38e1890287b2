package app.nestegg.vault;

/** The terms and privacy texts must be accepted (at creation, or again after a newer version ships). */
public final class TermsNotAcceptedException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final int currentVersion;

    public TermsNotAcceptedException(int currentVersion) {
        super("Please read and accept the terms and privacy notice (version " + currentVersion + ") to continue.");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
