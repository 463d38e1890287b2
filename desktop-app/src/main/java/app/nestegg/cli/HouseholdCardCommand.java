package app.nestegg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code household card [--out FILE [--force]]}: this vault's member card, on standard output or written whole to a
 * file. An existing file is replaced only with {@code --force}.
 */
@Command(name = "card", sortOptions = false)
final class HouseholdCardCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--out", paramLabel = "FILE", order = 1)
    Path out;

    @Option(names = "--force", order = 2)
    boolean force;

    HouseholdCardCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (force && out == null) {
            throw CliFailure.usage(cli.text("household.card.forceWithoutOut"));
        }
        Path target = out == null ? null : out.toAbsolutePath().normalize();
        if (target != null && Files.exists(target) && !force) {
            throw CliFailure.usage(cli.text("household.card.exists", target));
        }
        String card;
        try (OpenVault vault = cli.openVault()) {
            card = vault.session().ledger().members().identity().card();
        }
        if (target == null) {
            cli.out().print(card);
            return ExitCodes.OK;
        }
        write(target, card);
        cli.out().println(cli.text("household.card.written", target));
        return ExitCodes.OK;
    }

    /** Writes next to the target and moves it in place, so the file is either the whole card or as it was. */
    private void write(Path target, String card) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.writeString(partial, card, StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing secret in a card; a stray partial file is only clutter
            }
            throw CliFailure.failure(cli.text("household.card.notWritten", target, e.getMessage()));
        }
    }
}
