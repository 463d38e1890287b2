package app.nestegg.vault.household.merge;

/** What a merge did to keep the ledger whole where members' changes disagreed; stored by name. */
public enum ConflictKind {
    /** A row whose parent another member deleted is not shown (a transaction in a deleted account, say). */
    PARENT_DELETED,
    /** A category reference to a category that is deleted or not yet known is shown as no category. */
    REFERENCE_CLEARED,
    /** Two rows with the same unique key (a rate for the same day): the one created first is shown. */
    DUPLICATE_HIDDEN,
    /** A transaction's splits did not add up to its amount and were repaired. */
    SPLITS_REPAIRED,
    /** A transfer's two sides did not point at each other or their amounts disagreed, and were repaired. */
    TRANSFER_REPAIRED
}
