package app.nestegg.vault.diagnostics;

import app.nestegg.vault.store.VaultDatabase;
import java.util.UUID;
import org.jooq.Record;

/** Breaks a healthy ledger on purpose, as a change made to the file outside the app would, for the check's tests. */
public final class LedgerDamage {

    private LedgerDamage() {}

    /**
     * Adds {@code minorUnits} to the first stored month total (by account and month) that has entries.
     *
     * @return the account whose total is now wrong
     */
    public static UUID addToOneAccountMonthTotal(VaultDatabase database, long minorUnits) {
        Record total = database.read(dsl -> dsl.fetchSingle("SELECT account_id, month_start FROM account_month_total"
                + " WHERE entries > 0 ORDER BY account_id, month_start LIMIT 1"));
        database.write(dsl -> dsl.execute(
                "UPDATE account_month_total SET total = total + ? WHERE account_id = ? AND month_start = ?",
                minorUnits,
                total.get(0),
                total.get(1)));
        return total.get(0, UUID.class);
    }
}
