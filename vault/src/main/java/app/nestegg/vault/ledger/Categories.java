package app.nestegg.vault.ledger;

import app.nestegg.vault.store.ChangeLog;

/** Placeholder until the categories service lands. */
public final class Categories {

    private final ChangeLog log;

    public Categories(ChangeLog log) {
        this.log = log;
    }

    public void ensureDefaults() {}
}
