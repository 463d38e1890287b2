package app.nestegg.vault.ledger.invest;

/** Where a stored price came from. */
public enum PriceSource {
    /** Typed by a person. */
    MANUAL,
    /** From a price file. */
    IMPORT,
    /** Reported with a linked account's holdings; never replaces a typed or imported price of the same day. */
    BANK,
    /** Fetched by the price-update job from the configured quote source; never replaces a typed or imported price. */
    QUOTE
}
