package app.nestegg.vault.ledger.invest;

/** Where the price-update job fetches quotes from; stored by name. */
public enum QuoteSourceKind {
    /** No quote source: prices come only from people, price files and linked banks. */
    NONE,
    /** A web service with Nest Egg's quote contract (docs/decisions/0028-prices-interest-and-cleanup-jobs.md). */
    HTTP,
    /** A price file on this computer that something else keeps up to date. */
    CSV
}
