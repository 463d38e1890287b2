package app.nestegg.cli;

import app.nestegg.sync.engine.SyncEngine;
import app.nestegg.sync.engine.SyncReport;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.ledger.Ledger;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sync}: brings one connection, or every one that is due, up to date, and says per ledger account what changed
 * and how each connection stands afterwards. Exits {@link ExitCodes#BANK} when a connection failed.
 */
@Command(name = "sync", sortOptions = false)
final class SyncCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--connection", paramLabel = "ID", order = 1)
    String connectionId;

    @Option(names = "--force", order = 2)
    boolean force;

    SyncCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault();
                BankAccess bank = new BankAccess(cli, vault.session().ledger())) {
            Ledger ledger = vault.session().ledger();
            SyncEngine engine = bank.engine();
            List<SyncReport> reports = connectionId == null
                    ? engine.syncAll(force)
                    : List.of(engine.sync(bank.connection(connectionId).id()));
            print(ledger, reports);
            boolean failed = reports.stream().anyMatch(report -> !report.succeeded());
            return failed ? ExitCodes.BANK : ExitCodes.OK;
        }
    }

    private void print(Ledger ledger, List<SyncReport> reports) {
        SyncText text = new SyncText(cli, ledger);
        if (cli.options().json) {
            ArrayNode array = cli.jsonArray();
            for (SyncReport report : reports) {
                array.add(text.json(connection(ledger, report), report));
            }
            cli.printJson(array);
            return;
        }
        if (reports.isEmpty()) {
            cli.out().println(cli.text("sync.nothingDue"));
        }
        for (SyncReport report : reports) {
            text.print(connection(ledger, report), report);
        }
    }

    private static BankConnection connection(Ledger ledger, SyncReport report) {
        return ledger.bankConnections().get(report.connectionId());
    }
}
