package app.nestegg.cli;

import app.nestegg.vault.InvalidCodeException;
import app.nestegg.vault.security.Wipe;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mfa backup-codes --code N}: replaces every backup code with ten new ones, shown once. The code (current
 * authenticator code or an unused backup code) confirms it and, without {@code --totp} or {@code --backup-code[-file]},
 * also opens the vault; with {@code --backup-code-file}, {@code --code} may be left out and that code confirms.
 */
@Command(name = "backup-codes", sortOptions = false)
final class MfaBackupCodesCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--code", paramLabel = "CODE")
    String code;

    MfaBackupCodesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CharSequence confirmation = EraseCommand.confirmationCode(cli, code);
        try (OpenVault vault = cli.openVault(EraseCommand.asFactor(confirmation))) {
            List<char[]> codes = regenerate(vault, confirmation);
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

    private List<char[]> regenerate(OpenVault vault, CharSequence confirmation) {
        try {
            return vault.session().regenerateBackupCodes(confirmation);
        } catch (InvalidCodeException e) {
            throw MfaDisableCommand.codeRefused(cli, e);
        }
    }
}
