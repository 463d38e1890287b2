package app.nestegg.vault;

/**
 * A failure the user must be told about in plain words. Each subclass is one family of failure with its own exit code
 * on the command line and its own message in the desktop app; the message never contains a secret.
 */
public abstract class VaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected VaultException(String message) {
        super(message);
    }

    protected VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
