package app.nestegg.cli;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.ledger.Ledger;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code disconnect ID}: revokes the connection's access at the provider, then forgets its token here. The ledger
 * accounts and their rows stay. Access the provider already reports revoked counts as revoked; any other refusal
 * stops the command with nothing removed, unless {@code --local-only} asks to forget the connection here without
 * telling the provider.
 */
@Command(name = "disconnect", sortOptions = false)
final class DisconnectCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.connection.id")
    String id;

    @Option(names = "--local-only", order = 1)
    boolean localOnly;

    DisconnectCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            BankAccess bank = new BankAccess(cli, ledger);
            BankConnection connection = bank.connection(id);
            if (connection.status() == ConnectionStatus.DISCONNECTED) {
                throw CliFailure.usage(cli.text("disconnect.already", connection.institutionName(), connection.id()));
            }
            List<String> accounts = new SyncText(cli, ledger).accountNames(connection.id());
            if (!localOnly) {
                revoke(bank, connection, ledger);
            }
            ledger.bankConnections().remove(connection.id());
            cli.out().println(cli.text("disconnect.done", connection.institutionName(), connection.id()));
            if (!accounts.isEmpty()) {
                cli.out().println(cli.text("disconnect.accountsStay", String.join(", ", accounts)));
            }
            if (localOnly) {
                cli.out().println(cli.text("disconnect.localOnly", connection.provider()));
            }
        }
        return ExitCodes.OK;
    }

    private void revoke(BankAccess bank, BankConnection connection, Ledger ledger) {
        BankProvider provider =
                bank.provider(ProviderKind.valueOf(connection.provider().name()));
        AccessToken token = new AccessToken(ledger.bankConnections().accessToken(connection.id()));
        try {
            provider.disconnect(token);
        } catch (ProviderException e) {
            if (e.failure() != ProviderFailure.ACCESS_REVOKED) {
                throw new CliFailure(
                        ExitCodes.BANK, cli.text("disconnect.refused", connection.institutionName(), e.userMessage()));
            }
            cli.out().println(cli.text("disconnect.alreadyRevoked", connection.provider()));
        }
    }
}
