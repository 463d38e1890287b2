package app.nestegg.desktop.bank;

import app.nestegg.desktop.text.Messages;
import app.nestegg.sync.engine.AccountChanges;
import app.nestegg.sync.engine.SyncReport;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.ledger.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts connections and sync reports into words: the rows of the Connections page and "Synced …" summaries. Reads the
 * vault (account names), so it runs inside background work.
 */
final class ConnectionTexts {

    private final Messages messages;

    ConnectionTexts(Messages messages) {
        this.messages = messages;
    }

    /** The connections still linked (removed ones are left out), oldest first. */
    List<ConnectionRow> rows(BankConnections connections, Accounts accounts) {
        List<ConnectionRow> rows = new ArrayList<>();
        for (BankConnection connection : connections.list()) {
            if (connection.status() != ConnectionStatus.DISCONNECTED) {
                rows.add(row(connection, connections.links(connection.id()), accounts));
            }
        }
        return rows;
    }

    private ConnectionRow row(BankConnection connection, List<LinkedAccount> links, Accounts accounts) {
        String names = links.stream()
                .map(link -> accounts.get(link.accountId()).name())
                .collect(Collectors.joining(", "));
        return new ConnectionRow(
                connection.id(),
                connection.institutionName(),
                messages.get("bank.provider." + connection.provider().name()),
                connection.provider(),
                status(connection.status()),
                connection.lastSyncedAt() == null
                        ? messages.get("bank.neverSynced")
                        : messages.dateTime(connection.lastSyncedAt()),
                connection.nextRetryAt() == null ? "" : messages.dateTime(connection.nextRetryAt()),
                connection.lastError() == null ? "" : connection.lastError().message(),
                names.isEmpty() ? messages.get("bank.noAccountsYet") : names,
                connection.status() == ConnectionStatus.NEEDS_RELINK);
    }

    String unknownInstitution() {
        return messages.get("bank.unknownInstitution");
    }

    String status(ConnectionStatus status) {
        return messages.get("bank.status." + status.name());
    }

    /** "Synced First Platypus Bank: Plaid Checking 3 new, 0 changed, 0 removed; …", or why it failed. */
    String summary(String institution, SyncReport report, Accounts accounts) {
        if (!report.succeeded()) {
            return messages.format(
                    "bank.syncFailed",
                    institution,
                    status(report.status()),
                    report.error().message());
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<UUID, AccountChanges> entry : report.accounts().entrySet()) {
            AccountChanges changes = entry.getValue();
            String counts = messages.format(
                    "bank.syncCounts",
                    accounts.get(entry.getKey()).name(),
                    changes.added(),
                    changes.modified(),
                    changes.removed(),
                    changes.matched());
            parts.add(
                    changes.holdings() == 0
                            ? counts
                            : messages.format("bank.syncHoldings", counts, changes.holdings()));
        }
        parts.sort(String::compareTo);
        String synced = messages.format("bank.synced", institution, String.join("; ", parts));
        return report.holdingsError() == null
                ? synced
                : messages.format(
                        "bank.holdingsNotUpdated",
                        synced,
                        report.holdingsError().message());
    }
}
