package app.nestegg.desktop.ledger.invest;

import java.util.UUID;

/**
 * One trade as the trade list shows it, every cell already worded in the user's locale; {@code bankAdjustment} marks
 * the rows bank sync writes, which follow the bank's holdings and are not deleted by hand.
 */
public record TradeRow(
        UUID id,
        String date,
        String kind,
        String security,
        String quantity,
        String price,
        String value,
        String cash,
        boolean bankAdjustment) {}
