package app.nestegg.cli;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.Wipe;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recover}: sets a new passphrase with the recovery key printed at {@code init}. */
@Command(name = "recover", sortOptions = false)
final class RecoverCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--recovery-key-file", paramLabel = "FILE", order = 1)
    Path recoveryKeyFile;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE", order = 2)
    Path newPassphraseFile;

    RecoverCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        SecretSource keySource = SecretSource.recoveryKey(recoveryKeyFile);
        SecretSource newSource = SecretSource.newPassphrase(newPassphraseFile);
        cli.secrets().requireAvailable(keySource);
        cli.secrets().requireAvailable(newSource);
        Path folder = cli.vaultFolder();
        VaultOpener opener = new VaultOpener(cli);
        opener.requireUnlockable(folder);
        char[] recoveryKey = cli.secrets().read(keySource);
        char[] newPassphrase = null;
        try {
            newPassphrase = cli.secrets().read(newSource);
            try (VaultSession session = cli.vaults().recover(folder, recoveryKey, newPassphrase)) {
                opener.showNotice(session.notice());
            }
        } finally {
            Wipe.chars(recoveryKey, newPassphrase);
        }
        cli.out().println(cli.text("recover.done"));
        return ExitCodes.OK;
    }
}
