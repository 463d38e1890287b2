package app.nestegg.vault.exchange.imports;

/** Why a statement row is taken for one the vault already holds. */
public enum DuplicateReason {
    /** The bank's id (OFX FITID, provider id) or the id of an earlier import of the same row matches. */
    SAME_EXTERNAL_ID,
    /** Same amount, a date at most three days apart and a similar payee. */
    SIMILAR,
    /** The file itself repeats the bank's id of an earlier row. */
    REPEATED_IN_FILE
}
