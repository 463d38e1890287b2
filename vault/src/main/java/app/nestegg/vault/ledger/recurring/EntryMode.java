package app.nestegg.vault.ledger.recurring;

/** How a scheduled transaction reaches the register when it is due. */
public enum EntryMode {
    /** Entered by the scheduled-transactions job, when this vault posts scheduled transactions. */
    AUTO,
    /** Waits until the person enters or skips it. */
    APPROVE
}
