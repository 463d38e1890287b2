package app.nestegg.desktop.exchange;

import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.StatementFiles;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.StatementReadOptions;
import app.nestegg.vault.exchange.StatementText;
import app.nestegg.vault.exchange.csv.CsvDetection;
import app.nestegg.vault.exchange.csv.CsvDetector;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.exchange.csv.CsvPreviewRow;
import app.nestegg.vault.exchange.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The vault's statement readers, as the import wizard uses them. */
public final class VaultStatementReading implements StatementReading {

    private static final int SNIFF_BYTES = 4096;

    @Override
    public StatementFormat format(Path file) {
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return StatementFiles.sniff(name, in.readNBytes(SNIFF_BYTES));
        } catch (IOException e) {
            throw ImportException.wholeFile(name, "cannot be read: " + e.getMessage());
        }
    }

    @Override
    public ParsedFile read(Path file) {
        return StatementFiles.read(file, StatementReadOptions.defaults());
    }

    @Override
    public ParsedFile readCsv(Path file, CsvMapping mapping) {
        return StatementFiles.read(
                file, new StatementReadOptions(Optional.of(StatementFormat.CSV), Optional.of(mapping)));
    }

    @Override
    public String text(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] content;
        try {
            if (Files.size(file) > StatementFiles.MAX_FILE_BYTES) {
                throw ImportException.wholeFile(name, "the file is too big to be a statement");
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ImportException.wholeFile(name, "cannot be read: " + e.getMessage());
        }
        StatementText.requireText(name, content);
        return StatementText.decode(content);
    }

    @Override
    public CsvGuess detect(String fileName, String text) {
        CsvDetection detection = CsvDetector.detect(fileName, text);
        return new CsvGuess(detection.mapping(), detection.undecided());
    }

    @Override
    public List<CsvPreviewLine> preview(String fileName, String text, CsvMapping mapping, int maxRows) {
        return CsvReader.preview(fileName, text, mapping, maxRows).stream()
                .map(VaultStatementReading::line)
                .toList();
    }

    private static CsvPreviewLine line(CsvPreviewRow row) {
        return new CsvPreviewLine(row.line(), row.fields(), row.isValid() ? row.parsed() : null, row.error());
    }

    @Override
    public List<String> headers(String text, CsvMapping mapping) {
        return CsvReader.headers(text, mapping);
    }
}
