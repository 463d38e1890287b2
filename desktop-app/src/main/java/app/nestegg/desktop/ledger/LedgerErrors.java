package app.nestegg.desktop.ledger;

import app.nestegg.desktop.security.ErrorMessages;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.ledger.LedgerInputException;

/** A refused ledger input shows the ledger's own message (it names the field); other failures as the app words them. */
public final class LedgerErrors {

    private final ErrorMessages others;

    public LedgerErrors(Messages messages) {
        this.others = new ErrorMessages(messages);
    }

    public String describe(Exception failure) {
        return failure instanceof LedgerInputException refused ? refused.getMessage() : others.describe(failure);
    }
}
