package app.nestegg.vault.diagnostics;

import app.nestegg.vault.store.VaultDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ledger's consistency check: stored totals against a recount, splits and transfer pairs, the change log's
 * continuity and orphan rows. Only reads, in set-based queries (one or a few per table, none per row); each kind
 * reports at most {@link #LIMIT} problems. It reads every row, so on a large vault it takes minutes
 * (docs/benchmark-notes.md, "Diagnostics"): run it off the JavaFX thread.
 */
public final class LedgerCheck {

    /** Enough rows to act on; a vault with more of one kind has one cause to fix, not a list to read. */
    static final int LIMIT = 100;

    private final VaultDatabase database;
    private final UUID ownMember;

    /** @param ownMember this vault's own member, whose change-log entries carry its clock */
    public LedgerCheck(VaultDatabase database, UUID ownMember) {
        this.database = database;
        this.ownMember = ownMember;
    }

    /** Every problem found, in the order of {@link ProblemKind}; empty when the ledger is consistent. */
    public List<Problem> run() {
        return database.read(dsl -> {
            List<Problem> problems = new ArrayList<>();
            TotalsCheck.find(dsl, problems);
            LedgerShapeCheck.find(dsl, problems);
            ChangeLogCheck.find(dsl, ownMember, problems);
            OrphanCheck.find(dsl, problems);
            return List.copyOf(problems);
        });
    }
}
