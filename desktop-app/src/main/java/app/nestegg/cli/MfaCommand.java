package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mfa}: two-step unlock with an authenticator app and backup codes. */
@Command(
        name = "mfa",
        sortOptions = false,
        subcommands = {
            MfaEnableCommand.class,
            MfaConfirmCommand.class,
            MfaDisableCommand.class,
            MfaBackupCodesCommand.class
        })
final class MfaCommand implements Callable<Integer> {

    private final Cli cli;

    MfaCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("mfa.missingCommand"));
    }
}
