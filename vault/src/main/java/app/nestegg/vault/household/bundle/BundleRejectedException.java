package app.nestegg.vault.household.bundle;

import app.nestegg.vault.VaultException;
import java.nio.file.Path;

/**
 * A household bundle refused before any of its entries was returned. The message names the file and what is wrong
 * with it; {@link #reason()} tells a caller what to do: retry a {@link Reason#INCOMPLETE} file later, tell the user to
 * update Nest Egg, or report the file.
 */
public final class BundleRejectedException extends VaultException {
    private static final long serialVersionUID = 1L;

    /** Why a bundle was refused, in the order the reader checks. */
    public enum Reason {
        /** Shorter than its own lengths say, or changed while being read: a syncing tool may still be writing it. */
        INCOMPLETE,
        /** Not a Nest Egg bundle: another file, or a frame or header that breaks the format. */
        NOT_A_BUNDLE,
        /** Written in a newer bundle format than this Nest Egg reads. */
        NEWER_FORMAT,
        /** Written by a vault with a newer schema than this one. */
        NEWER_SCHEMA,
        /** Its author is not a member this vault knows. */
        UNKNOWN_AUTHOR,
        /** Its author was removed from the household. */
        REMOVED_AUTHOR,
        /** Its signature is not its author's over these bytes. */
        BAD_SIGNATURE,
        /** Not encrypted to this vault's member. */
        WRONG_RECIPIENT,
        /** Signed, but its encrypted content does not decrypt, decompress or parse as a bundle's. */
        CORRUPT_PAYLOAD,
        /** The encrypted content does not match the header: another bundle id, author, count or time range. */
        HEADER_MISMATCH,
        /** An entry inside was made by a member other than the bundle's author. */
        FOREIGN_ENTRY,
        /** Entries are stamped too far after this computer's clock. */
        CLOCK_DRIFT,
        /** The file cannot be opened or read for a reason of the file system (missing, not allowed). */
        UNREADABLE
    }

    private final Reason reason;
    private final Path file;

    public BundleRejectedException(Reason reason, Path file, String problem) {
        super("The household bundle " + file + " was refused: " + problem);
        this.reason = reason;
        this.file = file;
    }

    public BundleRejectedException(Reason reason, Path file, String problem, Throwable cause) {
        super("The household bundle " + file + " was refused: " + problem, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
