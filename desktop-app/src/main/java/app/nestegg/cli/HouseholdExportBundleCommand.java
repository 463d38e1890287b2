package app.nestegg.cli;

import app.nestegg.vault.household.sync.ExportedBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code household export-bundle --out FILE [--all] [--force]}: this member's changes since the last bundle written
 * this way (or all of them), signed and encrypted to every active member.
 */
@Command(name = "export-bundle", sortOptions = false)
final class HouseholdExportBundleCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--out", paramLabel = "FILE", required = true, order = 1)
    Path out;

    @Option(names = "--all", order = 2)
    boolean all;

    @Option(names = "--force", order = 3)
    boolean force;

    HouseholdExportBundleCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !force) {
            throw CliFailure.usage(cli.text("household.bundle.exists", target));
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw CliFailure.usage(cli.text("household.bundle.noFolder", target));
        }
        ExportedBundle exported;
        int recipients;
        try (OpenVault vault = cli.openVault()) {
            exported = vault.session().household().exportBundle(target, all);
            recipients = vault.session().ledger().members().activeMembers().size();
        }
        if (!exported.written()) {
            cli.out().println(cli.text("household.bundle.nothingNew"));
            return ExitCodes.OK;
        }
        cli.out().println(cli.text("household.bundle.written", exported.entries(), target, recipients));
        return ExitCodes.OK;
    }
}
