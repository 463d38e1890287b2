package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code accounts close NAME}: closes an account; its transactions stay, and no new ones can be added to it. */
@Command(name = "close", sortOptions = false)
final class AccountsCloseCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "arg.accounts.close.account")
    String account;

    AccountsCloseCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            var accounts = vault.session().ledger().accounts();
            Account found = accounts.find(account);
            if (found.closed()) {
                cli.out().println(cli.text("accounts.alreadyClosed", found.name()));
            } else {
                accounts.close(found.id());
                cli.out().println(cli.text("accounts.closedDone", found.name()));
            }
        }
        return ExitCodes.OK;
    }
}
