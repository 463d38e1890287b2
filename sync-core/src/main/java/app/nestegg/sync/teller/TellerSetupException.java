package app.nestegg.sync.teller;

import app.nestegg.vault.VaultException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Teller cannot be used as configured: a setting is missing or wrong, or the client certificate files cannot be read.
 * The message names the setting or file; it never holds a password, key or token.
 */
public final class TellerSetupException extends VaultException {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** A required setting or file is absent. */
        MISSING,
        /** A file exists but cannot be read. */
        UNREADABLE,
        /** A file was read but holds no usable certificate or key. */
        MALFORMED,
        /** The PKCS#12 password does not open the file. */
        WRONG_PASSWORD,
        /** The private key does not belong to the certificate. */
        KEY_MISMATCH,
        /** A setting has a value that cannot be used. */
        INVALID_SETTING
    }

    private final Problem problem;
    private final transient Path file;

    public TellerSetupException(Problem problem, String message) {
        this(problem, null, message, null);
    }

    /**
     * @param file the file at fault, or null when a setting is
     */
    public TellerSetupException(Problem problem, Path file, String message, Throwable cause) {
        super("Teller: " + message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    /** The file at fault, or null when the problem is a setting. */
    public Path file() {
        return file;
    }

    /** The message without the "Teller: " prefix, for wrapping with more context. */
    String detail() {
        return getMessage().substring("Teller: ".length());
    }
}
