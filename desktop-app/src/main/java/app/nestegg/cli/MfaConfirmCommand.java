package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mfa confirm --code N}: turns two-step unlock on once the authenticator app shows a matching code. */
@Command(name = "confirm", sortOptions = false)
final class MfaConfirmCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--code", paramLabel = "CODE", required = true)
    String code;

    MfaConfirmCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            vault.session().confirmMfa(code);
        }
        cli.out().println(cli.text("mfa.confirm.done"));
        return ExitCodes.OK;
    }
}
