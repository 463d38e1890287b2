package app.nestegg.cli;

import app.nestegg.vault.household.Member;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code household remove-member ID}: stops encrypting to a member and refuses their later bundles. */
@Command(name = "remove-member", sortOptions = false)
final class HouseholdRemoveMemberCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.household.member")
    String id;

    HouseholdRemoveMemberCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        UUID memberId = new LedgerArgs(cli).id("member", id);
        Member removed;
        try (OpenVault vault = cli.openVault()) {
            removed = vault.session().ledger().members().remove(memberId);
        }
        cli.out()
                .println(cli.text(
                        "household.remove.done",
                        removed.keys().name(),
                        removed.keys().memberId()));
        return ExitCodes.OK;
    }
}
