package app.nestegg.vault.ledger.goals;

/** What counts as saved toward a goal. */
public enum GoalFunding {
    /** The balances of the linked accounts, converted to the goal's currency. */
    LINKED_ACCOUNTS,
    /** The sum of the contributions recorded against the goal. */
    CONTRIBUTIONS
}
