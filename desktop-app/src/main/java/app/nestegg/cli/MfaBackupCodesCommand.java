package app.nestegg.cli;

import app.nestegg.vault.security.Wipe;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mfa backup-codes}: replaces every backup code with ten new ones, shown once. */
@Command(name = "backup-codes", sortOptions = false)
final class MfaBackupCodesCommand implements Callable<Integer> {

    private final Cli cli;

    MfaBackupCodesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            List<char[]> codes = vault.session().regenerateBackupCodes();
            try {
                cli.out().println(cli.text("mfa.backupCodes.replaced"));
                cli.out().println(cli.text("mfa.backupCodes.heading"));
                BackupCodeList.print(cli.out(), codes);
                cli.out().flush();
            } finally {
                codes.forEach(Wipe::chars);
            }
        }
        return ExitCodes.OK;
    }
}
