package app.nestegg.cli;

import app.nestegg.vault.store.BackupFile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code backup list}: the backups, newest first, with date, kind and size. */
@Command(name = "list", sortOptions = false)
final class BackupListCommand implements Callable<Integer> {

    private final Cli cli;

    BackupListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            List<BackupFile> backups = vault.session().backups().list();
            if (cli.options().json) {
                ArrayNode array = cli.jsonArray();
                backups.forEach(backup -> array.add(BackupJson.of(cli, backup)));
                cli.printJson(array);
                return ExitCodes.OK;
            }
            if (backups.isEmpty()) {
                cli.out().println(cli.text("backup.none"));
                return ExitCodes.OK;
            }
            TextTable table = new TextTable(false, false, false, true);
            table.row(
                    cli.text("backup.header.created"),
                    cli.text("backup.header.kind"),
                    cli.text("backup.header.name"),
                    cli.text("backup.header.size"));
            for (BackupFile backup : backups) {
                table.row(
                        BackupJson.created(backup),
                        backup.kind().fileName(),
                        backup.name(),
                        BackupJson.size(backup.size()));
            }
            table.print(cli.out(), "");
            cli.out().println(cli.text("backup.folder", vault.session().folder().backups()));
        }
        return ExitCodes.OK;
    }
}
