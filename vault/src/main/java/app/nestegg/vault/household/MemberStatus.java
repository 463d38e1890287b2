package app.nestegg.vault.household;

/** Whether bundles are encrypted to a member and theirs are merged; stored by name. */
public enum MemberStatus {
    ACTIVE,
    /** Removed by this vault (or every other member, when this vault left): no recipient, their bundles refused. */
    REMOVED
}
