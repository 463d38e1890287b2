package app.nestegg.desktop.bank;

import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.bank.LinkedAccount;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The note the Accounts page shows beside an account a bank feeds: "First Platypus Bank · synced Mar 1, 2026, 9:00
 * AM". Reads the vault, so it runs inside background work.
 */
public final class BankNotes {

    private BankNotes() {}

    /** A note for each ledger account linked to a connection that is not removed. */
    public static Map<UUID, String> byAccount(BankConnections connections, Messages messages) {
        Map<UUID, String> notes = new HashMap<>();
        for (BankConnection connection : connections.list()) {
            if (connection.status() == ConnectionStatus.DISCONNECTED) {
                continue;
            }
            String note = messages.format(
                    "bank.accountNote",
                    connection.institutionName(),
                    connection.lastSyncedAt() == null
                            ? messages.get("bank.neverSynced")
                            : messages.dateTime(connection.lastSyncedAt()));
            for (LinkedAccount link : connections.links(connection.id())) {
                notes.put(link.accountId(), note);
            }
        }
        return notes;
    }
}
