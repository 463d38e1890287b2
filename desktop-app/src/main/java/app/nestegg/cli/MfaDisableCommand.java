package app.nestegg.cli;

import app.nestegg.vault.InvalidCodeException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mfa disable --code N}: turns two-step unlock off. Opening the vault already takes one code ({@code --totp}
 * or {@code --backup-code}) and the vault accepts each authenticator code only once, so {@code --code} must be a later
 * code than {@code --totp}, or the vault is opened with a backup code.
 */
@Command(name = "disable", sortOptions = false)
final class MfaDisableCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--code", paramLabel = "CODE", required = true)
    String code;

    MfaDisableCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (code.equals(cli.options().totp)) {
            throw CliFailure.usage(cli.text("code.sameAsTotp"));
        }
        try (OpenVault vault = cli.openVault()) {
            vault.session().disableMfa(code);
        } catch (InvalidCodeException e) {
            throw codeRefused(cli, e);
        }
        cli.out().println(cli.text("mfa.disable.done"));
        return ExitCodes.OK;
    }

    /** The vault's message, plus why a code that looks right can be refused here: it was used a moment ago. */
    static CliFailure codeRefused(Cli cli, InvalidCodeException refused) {
        String message = refused.getMessage();
        if (cli.options().totp != null) {
            message = message + " " + cli.text("code.usedOnce");
        }
        return new CliFailure(ExitCodes.WRONG_CREDENTIALS, message);
    }
}
