package app.nestegg.vault.ledger;

/** Where a transaction stands against the bank: not yet posted, entered, seen on a statement, or reconciled. */
public enum TransactionStatus {
    PENDING,
    UNCLEARED,
    CLEARED,
    RECONCILED
}
