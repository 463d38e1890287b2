package app.nestegg.cli;

import app.nestegg.vault.InvalidCodeException;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.security.BackupCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code erase --yes}: deletes the vault for good (crypto-erasure: the keyring is destroyed first). The vault checks
 * the passphrase again and, with two-step unlock on, a code: {@code --code}, which also opens the vault when neither
 * {@code --totp} nor {@code --backup-code} is given.
 */
@Command(name = "erase", sortOptions = false)
final class EraseCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--yes", order = 1)
    boolean yes;

    @Option(names = "--code", paramLabel = "CODE", order = 2)
    String code;

    EraseCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!yes) {
            throw CliFailure.usage(cli.text("erase.confirmRequired"));
        }
        Path folder = cli.vaultFolder();
        if (code == null
                && cli.backupCodeFromFile().isEmpty()
                && cli.vaults().status(folder).mfaEnabled()) {
            throw CliFailure.usage(cli.text("erase.codeRequired"));
        }
        try (OpenVault vault = cli.openVault(code == null ? SecondFactor.none() : confirmation())) {
            vault.session().erase(vault.passphrase(), confirmation());
        } catch (InvalidCodeException e) {
            throw MfaDisableCommand.codeRefused(cli, e);
        }
        cli.out().println(cli.text("erase.done", folder));
        return ExitCodes.OK;
    }

    private SecondFactor confirmation() {
        return code == null
                ? cli.backupCodeFromFile().map(SecondFactor::backupCode).orElse(SecondFactor.none())
                : asFactor(code);
    }

    /** {@code --code}, or else the backup code from {@code --backup-code-file}, which opens the vault and confirms. */
    static CharSequence confirmationCode(Cli cli, String code) {
        if (code != null) {
            return code;
        }
        return cli.backupCodeFromFile().orElseThrow(() -> CliFailure.usage(cli.text("mfa.codeRequired")));
    }

    /** A typed code as a backup code when it has that shape, else as an authenticator code. */
    static SecondFactor asFactor(CharSequence code) {
        return BackupCodes.looksLikeBackupCode(code)
                ? SecondFactor.backupCode(code)
                : SecondFactor.authenticatorCode(code);
    }
}
