package app.nestegg.desktop.bank;

import app.nestegg.vault.bank.BankProviderKind;
import java.util.UUID;

/**
 * One bank connection as the Connections page shows it, every field already in words (never a token).
 *
 * @param lastSync when it last synced, or "never"
 * @param nextRetry when it will be tried again, or empty when nothing is waiting
 * @param error the last sync's failure in the provider's words, or empty
 * @param accounts the linked ledger accounts' names, or a note that none are linked yet
 * @param providerKind which provider the connection goes through, for the way a sign-in again is offered
 * @param needsRelink whether only signing in again helps: Plaid's update mode, or Teller Connect's repair mode
 */
public record ConnectionRow(
        UUID id,
        String institution,
        String provider,
        BankProviderKind providerKind,
        String status,
        String lastSync,
        String nextRetry,
        String error,
        String accounts,
        boolean needsRelink) {}
