package app.nestegg.cli;

import app.nestegg.vault.InvalidCodeException;
import app.nestegg.vault.security.Wipe;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mfa backup-codes --code N}: replaces every backup code with ten new ones, shown once. The code (current
 * authenticator code or an unused backup code) confirms it and, without {@code --totp} or {@code --backup-code}, also
 * opens the vault.
 */
@Command(name = "backup-codes", sortOptions = false)
final class MfaBackupCodesCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--code", paramLabel = "CODE", required = true)
    String code;

    MfaBackupCodesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault(EraseCommand.asFactor(code))) {
            List<char[]> codes = regenerate(vault);
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

    private List<char[]> regenerate(OpenVault vault) {
        try {
            return vault.session().regenerateBackupCodes(code);
        } catch (InvalidCodeException e) {
            throw MfaDisableCommand.codeRefused(cli, e);
        }
    }
}
