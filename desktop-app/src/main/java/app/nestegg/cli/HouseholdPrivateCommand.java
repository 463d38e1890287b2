package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code household private ACCOUNT}: keeps an account and its transactions out of household bundles. */
@Command(name = "private", sortOptions = false)
final class HouseholdPrivateCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ACCOUNT", descriptionKey = "arg.household.account")
    String account;

    HouseholdPrivateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Account found;
        boolean changed;
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            found = ledger.accounts().find(account);
            changed = ledger.privateAccounts().markPrivate(found.id());
        }
        cli.out().println(cli.text(changed ? "household.private.done" : "household.private.already", found.name()));
        return ExitCodes.OK;
    }
}
