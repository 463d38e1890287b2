package app.nestegg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code prices import FILE}: every row of a symbol,date,price file, or none when a row is bad (exit code 5). */
@Command(name = "import", sortOptions = false)
final class PricesImportCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "arg.prices.file")
    Path file;

    PricesImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw CliFailure.badInputFile(cli.text("prices.noFile", file));
        }
        int imported;
        try (OpenVault vault = cli.openVault()) {
            imported = vault.session().ledger().investments().prices().importFile(file);
        }
        cli.out().println(cli.text("prices.imported", imported, file.getFileName()));
        return ExitCodes.OK;
    }
}
