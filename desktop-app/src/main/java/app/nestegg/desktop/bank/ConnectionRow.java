package app.nestegg.desktop.bank;

import java.util.UUID;

/**
 * One bank connection as the Connections page shows it, every field already in words (never a token).
 *
 * @param lastSync when it last synced, or "never"
 * @param nextRetry when it will be tried again, or empty when nothing is waiting
 * @param error the last sync's failure in the provider's words, or empty
 * @param accounts the linked ledger accounts' names, or a note that none are linked yet
 * @param needsRelink whether only signing in again helps and the window can offer it (Plaid's update mode; a Teller
 *     login that needs the person again shows the status only)
 */
public record ConnectionRow(
        UUID id,
        String institution,
        String provider,
        String status,
        String lastSync,
        String nextRetry,
        String error,
        String accounts,
        boolean needsRelink) {}
