package app.nestegg.vault.household;

import app.nestegg.vault.VaultException;

/**
 * A membership change this vault refuses, with nothing changed: an unknown member, a known member whose card now
 * carries other keys, a removed member added back without saying so, or oneself.
 */
public final class MembershipException extends VaultException {
    private static final long serialVersionUID = 1L;

    MembershipException(String message) {
        super(message);
    }
}
