package app.nestegg.vault;

/** Typed input that has the wrong form (not a wrong secret): a recovery key with the wrong length, say. */
public final class BadInputException extends VaultException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
