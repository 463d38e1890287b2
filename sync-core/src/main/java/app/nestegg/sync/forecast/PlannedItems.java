package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.Ledger;

/**
 * The forecast's planned items from the ledger: the due days of scheduled transactions and of detected series nobody
 * decided on yet (docs/decisions/0027-recurring-detection-and-scheduled-transactions.md).
 */
public final class PlannedItems {

    private PlannedItems() {}

    public static ExpectedItems of(Ledger ledger) {
        return (after, until) -> ledger.recurring().expected(after.plusDays(1), until);
    }
}
