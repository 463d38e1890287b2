package app.nestegg.desktop.ledger.invest;

/** One holding as the table shows it, every cell already worded in the user's locale. */
public record HoldingRow(
        String symbol,
        String name,
        String quantity,
        String costBasis,
        String price,
        String marketValue,
        String unrealisedGain,
        String realisedGain) {}
