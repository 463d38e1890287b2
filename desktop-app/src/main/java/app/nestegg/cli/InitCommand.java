package app.nestegg.cli;

import app.nestegg.vault.CreatedVault;
import app.nestegg.vault.VaultAlreadyExistsException;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.Wipe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/** {@code init}: creates a vault and shows its recovery key, once. Needs the global {@code --accept-terms}. */
@Command(name = "init", sortOptions = false)
final class InitCommand implements Callable<Integer> {

    private final Cli cli;

    InitCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!cli.options().acceptTerms) {
            throw CliFailure.usage(cli.text("init.termsRequired"));
        }
        SecretSource source = cli.passphrase(true);
        cli.secrets().requireAvailable(source);
        Path folder = cli.vaultFolder();
        requireEmpty(folder);
        char[] passphrase = cli.secrets().read(source);
        CreatedVault created;
        try {
            created = cli.vaults().create(folder, passphrase, true);
        } finally {
            Wipe.chars(passphrase);
        }
        try (VaultSession session = created.session()) {
            printCreated(folder, created.recoveryKey());
        } finally {
            created.wipeRecoveryKey();
        }
        return ExitCodes.OK;
    }

    /** The vault refuses a non-empty folder too; checking first spares the user typing a passphrase for nothing. */
    private static void requireEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new VaultAlreadyExistsException(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new VaultAlreadyExistsException(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printCreated(Path folder, char[] recoveryKey) {
        cli.out().println(cli.text("init.created", folder));
        cli.out().println();
        cli.out().print(cli.text("init.recoveryKey"));
        cli.out().print(' ');
        cli.out().print(recoveryKey);
        cli.out().println();
        cli.out().println();
        cli.out().println(cli.text("init.storeKey"));
        cli.out().println(cli.text("init.keyShownOnce"));
        cli.out().flush();
    }
}
