package app.nestegg.cli;

import app.nestegg.vault.InvalidCodeException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mfa disable --code N}: turns two-step unlock off. Without {@code --totp} or {@code --backup-code[-file]} the
 * same code also opens the vault; the vault lets the code that opened a session confirm the change while it is
 * current, so {@code --code} may be left out when {@code --backup-code-file} is given.
 */
@Command(name = "disable", sortOptions = false)
final class MfaDisableCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--code", paramLabel = "CODE")
    String code;

    MfaDisableCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CharSequence confirmation = EraseCommand.confirmationCode(cli, code);
        try (OpenVault vault = cli.openVault(EraseCommand.asFactor(confirmation))) {
            vault.session().disableMfa(confirmation);
        } catch (InvalidCodeException e) {
            throw codeRefused(cli, e);
        }
        cli.out().println(cli.text("mfa.disable.done"));
        return ExitCodes.OK;
    }

    /** The vault's message, plus why a code that looks right can be refused here: it was used a moment ago. */
    static CliFailure codeRefused(Cli cli, InvalidCodeException refused) {
        return new CliFailure(ExitCodes.WRONG_CREDENTIALS, refused.getMessage());
    }
}
