package app.nestegg.cli;

import app.nestegg.vault.security.Wipe;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passwd}: sets a new passphrase; the current one comes from the usual passphrase source. */
@Command(name = "passwd", sortOptions = false)
final class PasswdCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE")
    Path newPassphraseFile;

    PasswdCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        SecretSource newSource = SecretSource.newPassphrase(newPassphraseFile);
        cli.secrets().requireAvailable(newSource);
        try (OpenVault vault = cli.openVault()) {
            char[] newPassphrase = cli.secrets().read(newSource);
            try {
                vault.session().changePassphrase(vault.passphrase(), newPassphrase);
            } finally {
                Wipe.chars(newPassphrase);
            }
        }
        cli.out().println(cli.text("passwd.done"));
        return ExitCodes.OK;
    }
}
