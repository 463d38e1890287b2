package app.nestegg.vault.ledger;

import app.nestegg.vault.store.ChangeLog;
import java.util.Currency;

/** Placeholder until the rules service lands. */
public final class Rules {

    private final ChangeLog log;

    public Rules(ChangeLog log) {
        this.log = log;
    }

    /** The draft with every matching enabled rule's actions applied, in rule order. */
    public TransactionDraft applyToNew(TransactionDraft draft, Currency currency) {
        return draft;
    }
}
