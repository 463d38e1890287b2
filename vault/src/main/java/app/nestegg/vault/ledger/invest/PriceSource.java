package app.nestegg.vault.ledger.invest;

/** Where a stored price came from; quote providers come later. */
public enum PriceSource {
    MANUAL,
    IMPORT
}
