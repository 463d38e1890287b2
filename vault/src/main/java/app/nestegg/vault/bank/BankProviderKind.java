package app.nestegg.vault.bank;

/** The bank-data service a connection goes through, stored by name; sync-core's provider kinds have the same names. */
public enum BankProviderKind {
    PLAID,
    TELLER
}
