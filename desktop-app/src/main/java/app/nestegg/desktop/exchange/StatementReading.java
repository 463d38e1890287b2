package app.nestegg.desktop.exchange;

import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.csv.CsvMapping;
import java.nio.file.Path;
import java.util.List;

/**
 * What the import wizard asks of the vault's statement readers. {@link VaultStatementReading} is the app's; keeping the
 * wizard behind this interface confines it to one class should the readers' names move, and lets tests script a file
 * the readers would refuse. Every method may throw {@link app.nestegg.vault.exchange.ImportException}.
 */
public interface StatementReading {

    /** The file's format, told from its name and first bytes. */
    StatementFormat format(Path file);

    /** Reads an OFX or QIF file whole. */
    ParsedFile read(Path file);

    /** Reads a CSV file whole with the person's mapping. */
    ParsedFile readCsv(Path file, CsvMapping mapping);

    /** The text of a CSV file (byte-order mark removed; UTF-8, else Windows-1252), refused when too big or binary. */
    String text(Path file);

    /** The mapping the readers guess for this text, or what they could not decide. */
    CsvGuess detect(String fileName, String text);

    /** The first rows as {@code mapping} reads them, each parsed or with its problem. */
    List<CsvPreviewLine> preview(String fileName, String text, CsvMapping mapping, int maxRows);

    /** A label per column: the header's names, or "Column 1", … when the file has no header. */
    List<String> headers(String text, CsvMapping mapping);
}
