package app.nestegg.vault.ledger;

/** Where a transaction came from; imported and synced ones carry an external id for de-duplication. */
public enum TransactionOrigin {
    MANUAL,
    IMPORT,
    PROVIDER
}
