package app.nestegg.vault.household.merge;

/** Why the tables do not show a row the way its entries say; stored by name in {@code merge_held_row}. */
enum HeldReason {
    PARENT_UNKNOWN,
    PARENT_DELETED,
    REFERENCE_CLEARED,
    DUPLICATE_HIDDEN,
    SPLITS_REPAIRED
}
