package app.nestegg.vault.ledger.networth;

import static app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT;

import app.nestegg.vault.ArchitectureExemption;
import java.time.LocalDate;
import org.jooq.DSLContext;

/**
 * Drops stored snapshots a write makes stale, inside that write: from the day of a changed transaction, trade, price
 * or rate on, or all of them when an account or the base currency changes. They are computed again when asked for.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "snapshots are derived from the ledger and rebuilt on demand, so they stay out of the change log")
public final class NetWorthSnapshots {

    private NetWorthSnapshots() {}

    public static void staleFrom(DSLContext dsl, LocalDate day) {
        dsl.deleteFrom(NET_WORTH_SNAPSHOT)
                .where(NET_WORTH_SNAPSHOT.SNAPSHOT_DAY.ge(day))
                .execute();
    }

    public static void allStale(DSLContext dsl) {
        dsl.deleteFrom(NET_WORTH_SNAPSHOT).execute();
    }
}
