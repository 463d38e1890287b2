package app.nestegg.cli;

import app.nestegg.vault.household.PrivateAccounts;
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
        return choose(cli, account, true);
    }

    /** Makes the account (by name or id) private or shared, and says whether that changed anything. */
    static int choose(Cli cli, String account, boolean makePrivate) {
        Account found;
        boolean changed;
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            found = ledger.accounts().find(account);
            PrivateAccounts accounts = ledger.privateAccounts();
            changed = makePrivate ? accounts.markPrivate(found.id()) : accounts.share(found.id());
        }
        String key = makePrivate
                ? (changed ? "household.private.done" : "household.private.already")
                : (changed ? "household.share.done" : "household.share.already");
        cli.out().println(cli.text(key, found.name()));
        return ExitCodes.OK;
    }
}
