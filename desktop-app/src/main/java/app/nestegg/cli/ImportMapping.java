package app.nestegg.cli;

import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.StatementText;
import app.nestegg.vault.exchange.csv.CsvDetection;
import app.nestegg.vault.exchange.csv.CsvDetector;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.exchange.csv.CsvMappingJson;
import app.nestegg.vault.exchange.imports.StatementImporter;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CSV mapping a file is read with: the mapping file or the remembered mapping of the account {@code --mapping}
 * names, else the one remembered for {@code --account}, else the detected one. Empty for other formats, and when
 * detection cannot decide (the reader then says what it could not decide).
 */
final class ImportMapping {

    private static final long MAX_MAPPING_FILE = 64 * 1024;

    private ImportMapping() {}

    static Optional<CsvMapping> resolve(
            Cli cli,
            Ledger ledger,
            StatementImporter importer,
            String fileName,
            String csvText,
            String mappingArgument,
            Account target) {
        if (mappingArgument != null) {
            Path file = Path.of(mappingArgument);
            if (Files.isRegularFile(file)) {
                return Optional.of(
                        CsvMappingJson.read(readMappingFile(file), String.valueOf(file.getFileName()), csvText));
            }
            Account named = ledger.accounts().find(mappingArgument);
            return Optional.of(importer.rememberedMapping(named.id())
                    .orElseThrow(() -> CliFailure.usage(cli.text("import.noRememberedMapping", mappingArgument))));
        }
        if (target != null) {
            Optional<CsvMapping> remembered = importer.rememberedMapping(target.id());
            if (remembered.isPresent()) {
                return remembered;
            }
        }
        CsvDetection detection = CsvDetector.detect(fileName, csvText);
        return detection.isDecided() ? Optional.of(detection.mapping()) : Optional.empty();
    }

    static boolean isCsv(Optional<StatementFormat> forced, String fileName, byte[] content) {
        return forced.map(format -> format == StatementFormat.CSV)
                .orElseGet(() ->
                        app.nestegg.vault.exchange.StatementFiles.sniff(fileName, content) == StatementFormat.CSV);
    }

    static String text(byte[] content) {
        return StatementText.stripBom(StatementText.decode(content));
    }

    private static String readMappingFile(Path file) {
        try {
            if (Files.size(file) > MAX_MAPPING_FILE) {
                throw ImportException.wholeFile(String.valueOf(file.getFileName()), "a mapping file is at most 64 KiB");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ImportException.wholeFile(String.valueOf(file.getFileName()), "cannot be read: " + e.getMessage());
        }
    }
}
