package app.nestegg.cli;

import app.nestegg.vault.exchange.export.ExportProgress;
import app.nestegg.vault.exchange.export.ExportSummary;
import app.nestegg.vault.security.Wipe;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: everything in the ledger as a zip, or as an age file encrypted with a passphrase. */
@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--out", paramLabel = "FILE", required = true, order = 1)
    Path out;

    @Option(names = "--encrypt", order = 2)
    boolean encrypt;

    @Option(names = "--export-passphrase-file", paramLabel = "FILE", order = 3)
    Path passphraseFile;

    ExportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (passphraseFile != null && !encrypt) {
            throw CliFailure.usage(cli.text("export.passphraseWithoutEncrypt"));
        }
        SecretSource source = encrypt
                ? new SecretSource(
                        "secret.exportPassphrase",
                        Optional.ofNullable(passphraseFile),
                        "--export-passphrase-file",
                        Optional.empty(),
                        true)
                : null;
        if (source != null) {
            cli.secrets().requireAvailable(source);
        }
        ExportSummary summary;
        try (OpenVault vault = cli.openVault()) {
            char[] passphrase = source == null ? null : cli.secrets().read(source);
            try {
                summary = vault.session().exporter().export(out, Optional.ofNullable(passphrase), ExportProgress.NONE);
            } finally {
                Wipe.chars(passphrase);
            }
        }
        cli.out()
                .println(cli.text(
                        summary.encrypted() ? "export.writtenEncrypted" : "export.written",
                        summary.file(),
                        summary.count("accounts"),
                        summary.count("transactions")));
        return ExitCodes.OK;
    }
}
