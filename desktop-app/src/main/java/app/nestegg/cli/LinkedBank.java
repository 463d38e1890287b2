package app.nestegg.cli;

import app.nestegg.sync.engine.SyncReport;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.ledger.Ledger;

/**
 * The end every {@code link} shares: store the new connection with its token sealed, sync it once, and say what came
 * in. A failed first sync keeps the connection with its status and error; the exit code is then {@link
 * ExitCodes#BANK}.
 */
final class LinkedBank {

    private final Cli cli;
    private final Ledger ledger;
    private final BankAccess bank;

    LinkedBank(Cli cli, Ledger ledger, BankAccess bank) {
        this.cli = cli;
        this.ledger = ledger;
        this.bank = bank;
    }

    int addAndSync(BankProviderKind provider, String institution, String itemId, String accessToken) {
        BankConnection connection = ledger.bankConnections().add(provider, institution, itemId, accessToken);
        SyncReport report = bank.engine().sync(connection.id());
        SyncText text = new SyncText(cli, ledger);
        if (cli.options().json) {
            cli.printJson(text.json(connection, report));
        } else {
            cli.out().println(cli.text("link.linked", connection.institutionName(), connection.id()));
            text.print(connection, report);
        }
        return report.succeeded() ? ExitCodes.OK : ExitCodes.BANK;
    }
}
