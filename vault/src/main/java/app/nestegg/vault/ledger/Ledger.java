package app.nestegg.vault.ledger;

import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.VaultDatabase;
import java.time.Clock;

/** The ledger services of one unlocked vault, built once per session; every write goes through the change log. */
public final class Ledger {

    private final ChangeLog changeLog;
    private final Categories categories;
    private final Rules rules;

    public Ledger(VaultDatabase database, FieldCipher fieldCipher, Clock clock) {
        this.changeLog = ChangeLog.open(database, clock);
        this.categories = new Categories(changeLog);
        this.rules = new Rules(changeLog);
        categories.ensureDefaults();
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    public Categories categories() {
        return categories;
    }

    public Rules rules() {
        return rules;
    }
}
