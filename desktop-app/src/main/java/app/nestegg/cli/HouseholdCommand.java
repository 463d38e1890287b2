package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code household}: this vault's member identity, the members it shares with, the accounts it keeps private, and the
 * bundles that carry changes between them (by hand or through a shared folder).
 */
@Command(
        name = "household",
        sortOptions = false,
        subcommands = {
            HouseholdIdentityCommand.class,
            HouseholdCardCommand.class,
            HouseholdAddMemberCommand.class,
            HouseholdRemoveMemberCommand.class,
            HouseholdMembersCommand.class,
            HouseholdLeaveCommand.class,
            HouseholdPrivateCommand.class,
            HouseholdShareCommand.class,
            HouseholdPrivateAccountsCommand.class,
            HouseholdExportBundleCommand.class,
            HouseholdMergeCommand.class,
            HouseholdFolderCommand.class,
            HouseholdHistoryCommand.class,
            HouseholdDigestCommand.class
        })
final class HouseholdCommand implements Callable<Integer> {

    private final Cli cli;

    HouseholdCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("household.missingCommand"));
    }
}
