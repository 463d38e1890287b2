package app.nestegg.sync.plaid;

import app.nestegg.vault.VaultException;
import java.util.Objects;

/** Hosted Link did not give a public token: the user closed it, or did not finish before the deadline. */
public final class PlaidLinkException extends VaultException {
    private static final long serialVersionUID = 1L;

    /** Why no bank was linked. */
    public enum Reason {
        /** The deadline (or the link token's expiry) passed before the user finished. */
        TIMED_OUT,
        /** The user closed Link, or it ended without linking a bank. */
        EXITED
    }

    private final Reason reason;

    public PlaidLinkException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
