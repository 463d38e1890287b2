package app.nestegg.desktop.ledger.recurring;

import java.util.UUID;

/**
 * A detected series or a scheduled transaction as the page lists it, every field already in words.
 *
 * @param id the series' id (detected) or the scheduled transaction's
 * @param amount the amount to expect, as typed into the confirmation (no currency sign, no minus)
 */
public record BillLine(UUID id, String payee, String detail, String amount) {

    @Override
    public String toString() {
        return payee + " — " + detail;
    }
}
