package app.nestegg.vault.exchange.export;

import app.nestegg.vault.VaultException;

/**
 * A Nest Egg export that cannot be read or restored, refused before anything is written. The message names the file
 * and, where there is one, the entry, section, row and column at fault.
 */
public final class ExportException extends VaultException {
    private static final long serialVersionUID = 1L;

    /** Why the export was refused; the command line picks its exit code by it. */
    public enum Reason {
        /** An encrypted export and a passphrase that does not open it (or a changed file key stanza). */
        WRONG_PASSPHRASE,
        /** An encrypted export and no passphrase given. */
        PASSPHRASE_NEEDED,
        /** A file that is not a Nest Egg export at all. */
        NOT_AN_EXPORT,
        /** An export whose bytes changed after it was written: a checksum or an authentication tag does not match. */
        TAMPERED,
        /** An export written by a newer Nest Egg, or whose content breaks the format's rules. */
        UNSUPPORTED,
        /** An export larger than the limits allow, as a zip bomb would be. */
        TOO_LARGE,
        /** The vault to restore into already holds ledger data. */
        VAULT_NOT_EMPTY,
        /** The export cannot be read or written for a reason of the file system. */
        UNREADABLE
    }

    private final Reason reason;

    public ExportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
