package app.nestegg.cli;

import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.ledger.Ledger;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code connections}: each bank connection with its provider, institution, status, last sync, next retry, last error
 * and the ledger accounts it feeds.
 */
@Command(name = "connections", sortOptions = false)
final class ConnectionsCommand implements Callable<Integer> {

    private final Cli cli;

    ConnectionsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            SyncText text = new SyncText(cli, ledger);
            List<BankConnection> connections = ledger.bankConnections().list();
            if (cli.options().json) {
                ArrayNode array = cli.jsonArray();
                connections.forEach(connection -> array.add(json(text, connection)));
                cli.printJson(array);
            } else if (connections.isEmpty()) {
                cli.out().println(cli.text("connections.none"));
            } else {
                table(text, connections);
            }
        }
        return ExitCodes.OK;
    }

    private ObjectNode json(SyncText text, BankConnection connection) {
        ObjectNode node = cli.jsonObject();
        node.put("id", connection.id().toString());
        node.put("provider", connection.provider().name());
        node.put("institution", connection.institutionName());
        node.put("status", connection.status().name());
        node.put("last_synced_at", instant(connection.lastSyncedAt()));
        node.put("next_retry_at", instant(connection.nextRetryAt()));
        node.put("failure_count", connection.failureCount());
        SyncText.putError(node, connection.lastError());
        ArrayNode accounts = node.putArray("accounts");
        text.accountNames(connection.id()).forEach(accounts::add);
        return node;
    }

    private void table(SyncText text, List<BankConnection> connections) {
        TextTable table = new TextTable(false, false, false, false, false, false);
        table.row(
                cli.text("connections.header.id"),
                cli.text("connections.header.provider"),
                cli.text("connections.header.institution"),
                cli.text("connections.header.status"),
                cli.text("connections.header.lastSync"),
                cli.text("connections.header.nextRetry"));
        for (BankConnection connection : connections) {
            table.row(
                    connection.id().toString(),
                    connection.provider().name(),
                    connection.institutionName(),
                    text.status(connection.status()),
                    shown(connection.lastSyncedAt()),
                    shown(connection.nextRetryAt()));
        }
        table.print(cli.out(), "");
        for (BankConnection connection : connections) {
            List<String> accounts = text.accountNames(connection.id());
            cli.out().println();
            cli.out().println(cli.text("connections.detail", connection.institutionName(), connection.id()));
            cli.out()
                    .println(cli.text(
                            "connections.accounts",
                            accounts.isEmpty() ? cli.text("connections.noAccounts") : String.join(", ", accounts)));
            if (connection.lastError() != null) {
                cli.out()
                        .println(cli.text(
                                "connections.lastError", connection.lastError().message()));
            }
        }
    }

    private String shown(Instant instant) {
        return instant == null ? cli.text("connections.noTime") : cli.time(instant);
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
