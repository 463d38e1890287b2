package app.nestegg.vault.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reconciliation against a statement: the cleared balance (opening plus cleared and reconciled transactions up to
 * the statement date), the difference still to explain, and how many cleared transactions it marks reconciled.
 */
public record ReconcileSummary(
        UUID accountId,
        LocalDate statementDate,
        Money statementBalance,
        Money clearedBalance,
        Money difference,
        int toMark) {

    public boolean balances() {
        return difference.isZero();
    }
}
