package app.nestegg.vault.ledger.recurring;

/** What the person decided about a detected series. */
public enum SeriesState {
    /** Found and not yet decided on. */
    DETECTED,
    /** Became a scheduled transaction. */
    CONFIRMED,
    /** Not a series the person wants; never offered again. */
    DISMISSED
}
