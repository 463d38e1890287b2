package app.nestegg.vault.diagnostics;

/** The kinds of inconsistency the ledger check finds; what each means and what to do is in docs/diagnostics.md. */
public enum ProblemKind {
    /** An account's stored month total (what its balance is read from) differs from the sum of its transactions. */
    BALANCE_TOTAL_MISMATCH,
    /** A category's stored month total differs from the amounts filed under it. */
    CATEGORY_TOTAL_MISMATCH,
    /** The stored total of uncategorised money for a month and currency differs from a recount. */
    UNCATEGORISED_TOTAL_MISMATCH,
    /** The splits of a transaction do not add up to its amount. */
    SPLIT_SUM_MISMATCH,
    /** A transfer's other leg is missing, points elsewhere, or (in one currency) does not carry the opposite amount. */
    TRANSFER_BROKEN,
    /** A row of a shared table has no insert entry in the change log, so it would never reach the household. */
    CHANGE_LOG_INSERT_MISSING,
    /** A row of a shared table is present although the change log deleted it. */
    CHANGE_LOG_DELETED_ROW_PRESENT,
    /** Two of this vault's own change-log entries carry the same clock time. */
    CHANGE_LOG_CLOCK_REPEATED,
    /** A change-log entry names a table that is not shared with the household. */
    CHANGE_LOG_UNKNOWN_TABLE,
    /** A row refers to a parent row (by a foreign key) that is gone. */
    ORPHAN_ROW
}
