package app.nestegg.cli;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.exchange.export.ExportProgress;
import app.nestegg.vault.exchange.export.ExportRestore;
import app.nestegg.vault.exchange.export.ExportSummary;
import app.nestegg.vault.security.Wipe;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code import} of a Nest Egg export (a zip with our manifest, or an age file): restores everything into this vault
 * when its ledger is still empty. An encrypted export asks for its passphrase, or reads it from a file.
 */
final class ExportImport {

    private ExportImport() {}

    static void restore(Cli cli, VaultSession session, Path file, Path passphraseFile, boolean dryRun) {
        if (dryRun) {
            throw CliFailure.usage(cli.text("import.exportDryRun", file.getFileName()));
        }
        char[] passphrase = null;
        if (ExportRestore.isEncrypted(file)) {
            SecretSource source = new SecretSource(
                    "secret.exportPassphrase",
                    Optional.ofNullable(passphraseFile),
                    "--export-passphrase-file",
                    Optional.empty(),
                    false);
            cli.secrets().requireAvailable(source);
            passphrase = cli.secrets().read(source);
        }
        try {
            ExportSummary summary =
                    session.exportRestore().restore(file, Optional.ofNullable(passphrase), ExportProgress.NONE);
            cli.out()
                    .println(cli.text(
                            "import.exportRestored",
                            file.getFileName(),
                            summary.count("accounts"),
                            summary.count("transactions")));
        } finally {
            Wipe.chars(passphrase);
        }
    }
}
