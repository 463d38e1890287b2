package app.nestegg.cli;

import app.nestegg.vault.household.merge.StateDigest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code household digest}: the digest of the shared data; members who merged the same bundles show the same one. */
@Command(name = "digest", sortOptions = false)
final class HouseholdDigestCommand implements Callable<Integer> {

    private final Cli cli;

    HouseholdDigestCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        StateDigest digest;
        try (OpenVault vault = cli.openVault()) {
            digest = vault.session().household().digest();
        }
        if (cli.options().json) {
            var node = cli.jsonObject();
            node.put("digest", digest.hex());
            node.put("short", digest.shortForm());
            cli.printJson(node);
            return ExitCodes.OK;
        }
        cli.out().println(cli.text("household.digest", digest.shortForm(), digest.hex()));
        return ExitCodes.OK;
    }
}
