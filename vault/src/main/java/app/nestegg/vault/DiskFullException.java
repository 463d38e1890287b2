package app.nestegg.vault;

import java.nio.file.Path;

/** A write ran out of disk space; what was being written was abandoned and the previous state is kept. */
public final class DiskFullException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final transient Path where;

    public DiskFullException(Path where, String what, Throwable cause) {
        super("The disk holding " + where + " is full, so " + what + " was not written; nothing was changed."
                + " Free some space on that disk and try again.");
        this.where = where;
        initCause(cause);
    }

    public Path where() {
        return where;
    }
}
