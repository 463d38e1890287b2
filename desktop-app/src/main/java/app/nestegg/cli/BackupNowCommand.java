package app.nestegg.cli;

import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code backup now}: takes a backup while the vault is open, then rotates the old ones. */
@Command(name = "now", sortOptions = false)
final class BackupNowCommand implements Callable<Integer> {

    private final Cli cli;

    BackupNowCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            BackupFile backup = vault.session().backups().create(BackupKind.MANUAL);
            if (cli.options().json) {
                cli.printJson(BackupJson.of(cli, backup));
            } else {
                cli.out().println(cli.text("backup.done", backup.database()));
            }
        }
        return ExitCodes.OK;
    }
}
