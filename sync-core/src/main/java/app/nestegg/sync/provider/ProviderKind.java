package app.nestegg.sync.provider;

/** The bank-data services Nest Egg can link to. Stored by name. */
public enum ProviderKind {
    PLAID,
    TELLER
}
