package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code household share ACCOUNT}: lets a private account's later changes into household bundles again. */
@Command(name = "share", sortOptions = false)
final class HouseholdShareCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ACCOUNT", descriptionKey = "arg.household.account")
    String account;

    HouseholdShareCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Account found;
        boolean changed;
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            found = ledger.accounts().find(account);
            changed = ledger.privateAccounts().share(found.id());
        }
        cli.out().println(cli.text(changed ? "household.share.done" : "household.share.already", found.name()));
        return ExitCodes.OK;
    }
}
