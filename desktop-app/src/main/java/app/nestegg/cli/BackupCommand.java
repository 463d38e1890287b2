package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code backup now|list}: the vault's encrypted backups. */
@Command(
        name = "backup",
        sortOptions = false,
        subcommands = {BackupNowCommand.class, BackupListCommand.class})
final class BackupCommand implements Callable<Integer> {

    private final Cli cli;

    BackupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("backup.missingCommand"));
    }
}
