package app.nestegg.vault.ledger;

import app.nestegg.vault.VaultException;

/**
 * Ledger input that is refused before anything is written: the message names what is wrong, and {@link #field()}
 * names where (an account's currency, a split's amount, a rule's pattern).
 */
public final class LedgerInputException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public LedgerInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
