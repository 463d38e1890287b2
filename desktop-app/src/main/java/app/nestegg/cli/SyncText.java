package app.nestegg.cli;

import app.nestegg.sync.engine.AccountChanges;
import app.nestegg.sync.engine.SyncReport;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.ConnectionError;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.ledger.Ledger;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * How the bank commands show a connection and what a sync did to it: the status in plain words, the error message,
 * the rows added, modified, removed and matched and the holdings adjusted per ledger account, as text or JSON. Never a
 * token.
 */
final class SyncText {

    private final Cli cli;
    private final Ledger ledger;
    private final LedgerNames names;

    SyncText(Cli cli, Ledger ledger) {
        this.cli = cli;
        this.ledger = ledger;
        this.names = LedgerNames.of(ledger);
    }

    String status(ConnectionStatus status) {
        return cli.text("bank.status." + status.name());
    }

    /** The ledger accounts a connection feeds, by name. */
    List<String> accountNames(UUID connectionId) {
        return ledger.bankConnections().links(connectionId).stream()
                .map(LinkedAccount::accountId)
                .map(names::account)
                .sorted()
                .toList();
    }

    /** One connection's sync: a heading, a line per account, and the status with the error when it failed. */
    void print(BankConnection connection, SyncReport report) {
        cli.out()
                .println(
                        cli.text("sync.heading", connection.institutionName(), connection.provider(), connection.id()));
        for (Row row : rows(report)) {
            AccountChanges changes = row.changes();
            cli.out()
                    .println(cli.text(
                            "sync.account",
                            row.name(),
                            changes.added(),
                            changes.modified(),
                            changes.removed(),
                            changes.matched()));
            if (changes.holdings() > 0) {
                cli.out().println(cli.text("sync.holdings", row.name(), changes.holdings()));
            }
        }
        cli.out().println(cli.text("sync.status", status(report.status())));
        if (report.error() != null) {
            cli.out().println(cli.text("sync.error", report.error().message()));
        }
        if (report.holdingsError() != null) {
            cli.out()
                    .println(cli.text(
                            "sync.holdingsError", report.holdingsError().message()));
        }
    }

    ObjectNode json(BankConnection connection, SyncReport report) {
        ObjectNode node = cli.jsonObject();
        node.put("connection", connection.id().toString());
        node.put("provider", connection.provider().name());
        node.put("institution", connection.institutionName());
        node.put("status", report.status().name());
        putError(node, report.error());
        putError(node, "holdingsError", report.holdingsError());
        ArrayNode accounts = node.putArray("accounts");
        for (Row row : rows(report)) {
            accounts.addObject()
                    .put("account", row.name())
                    .put("added", row.changes().added())
                    .put("modified", row.changes().modified())
                    .put("removed", row.changes().removed())
                    .put("matched", row.changes().matched())
                    .put("holdings", row.changes().holdings());
        }
        return node;
    }

    static void putError(ObjectNode node, ConnectionError error) {
        putError(node, "error", error);
    }

    private static void putError(ObjectNode node, String field, ConnectionError error) {
        if (error == null) {
            node.putNull(field);
        } else {
            node.putObject(field).put("code", error.code()).put("message", error.message());
        }
    }

    private List<Row> rows(SyncReport report) {
        List<Row> rows = new ArrayList<>();
        report.accounts().forEach((id, changes) -> rows.add(new Row(names.account(id), changes)));
        rows.sort(Comparator.comparing(Row::name));
        return rows;
    }

    private record Row(String name, AccountChanges changes) {}
}
