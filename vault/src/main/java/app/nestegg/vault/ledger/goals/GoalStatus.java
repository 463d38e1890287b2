package app.nestegg.vault.ledger.goals;

/** Where a goal stands; the date of the last change is kept with it. */
public enum GoalStatus {
    ACTIVE,
    /** Marked as achieved by the user (reaching the target does not mark it by itself). */
    ACHIEVED,
    /** Put away: hidden from the usual lists, kept with its contributions. */
    ARCHIVED
}
