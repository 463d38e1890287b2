package app.nestegg.cli;

import app.nestegg.vault.store.BackupFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore BACKUP --yes}: puts a backup in place of the vault's database, after backing up the current state.
 */
@Command(name = "restore", sortOptions = false)
final class RestoreCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "BACKUP", descriptionKey = "arg.restore.backup")
    String backup;

    @Option(names = "--yes", order = 1)
    boolean yes;

    RestoreCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!yes) {
            throw CliFailure.usage(cli.text("restore.confirm", backup));
        }
        try (OpenVault vault = cli.openVault()) {
            BackupFile chosen = vault.session().backups().find(backup);
            BackupFile before = vault.session().restore(chosen);
            cli.out().println(cli.text("restore.done", chosen.name(), BackupJson.created(chosen), before.name()));
        }
        return ExitCodes.OK;
    }
}
