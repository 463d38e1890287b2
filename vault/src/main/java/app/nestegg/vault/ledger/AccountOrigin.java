package app.nestegg.vault.ledger;

/** Whether an account is kept by hand or linked to a bank provider. */
public enum AccountOrigin {
    MANUAL,
    PROVIDER
}
