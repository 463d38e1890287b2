package app.nestegg.vault.exchange.fuzz;

import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.StatementFiles;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.StatementReadOptions;
import app.nestegg.vault.exchange.csv.CsvDetector;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.exchange.csv.CsvMappingJson;
import app.nestegg.vault.exchange.csv.CsvReader;
import app.nestegg.vault.exchange.ofx.OfxReader;
import app.nestegg.vault.exchange.qif.QifReader;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every reader either reads its input or throws {@link ImportException}; any other exception fails the test. Plain
 * {@code mvn test} runs only the seeds in {@code src/test/resources/.../StatementReadersFuzzTestInputs}; see
 * docs/import-export.md for fuzzing longer.
 */
class StatementReadersFuzzTest {

    private static final CsvMapping MAPPING =
            new CsvMapping(';', 0, true, 0, 4, CsvMapping.NONE, CsvMapping.NONE, 2, 3, "dd.MM.yyyy", ',', false);

    private static final String MAPPED_CSV = "Booked;Payee;Amount;Memo\n01.02.2026;Shop;-1,00;x\n";

    @FuzzTest(maxDuration = "10s")
    void ofxReaderThrowsOnlyImportException(byte[] data) {
        expectOnlyImportException(() -> OfxReader.read("fuzz.ofx", data));
    }

    @FuzzTest(maxDuration = "10s")
    void qifReaderThrowsOnlyImportException(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        expectOnlyImportException(() -> QifReader.read("fuzz.qif", text));
    }

    @FuzzTest(maxDuration = "10s")
    void csvReaderThrowsOnlyImportException(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        expectOnlyImportException(() -> CsvReader.read("fuzz.csv", text, MAPPING));
    }

    @FuzzTest(maxDuration = "10s")
    void csvDetectorThrowsOnlyImportException(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        expectOnlyImportException(() -> CsvDetector.detect("fuzz.csv", text));
    }

    @FuzzTest(maxDuration = "10s")
    void sniffingAndDispatchThrowOnlyImportException(FuzzedDataProvider data) {
        StatementFormat[] formats = StatementFormat.values();
        int choice = data.consumeInt(-1, formats.length - 1);
        StatementReadOptions options = choice < 0
                ? StatementReadOptions.defaults()
                : StatementReadOptions.defaults().withFormat(formats[choice]);
        byte[] content = data.consumeRemainingAsBytes();
        expectOnlyImportException(() -> StatementFiles.read("fuzz.txt", content, options));
    }

    @FuzzTest(maxDuration = "10s")
    void csvMappingFileThrowsOnlyImportException(FuzzedDataProvider data) {
        String json = data.consumeRemainingAsString();
        expectOnlyImportException(() -> CsvMappingJson.read(json, "fuzz-mapping.json", MAPPED_CSV));
    }

    private static void expectOnlyImportException(Runnable read) {
        try {
            read.run();
        } catch (ImportException expected) {
            // Refusing bad input with a message is the correct outcome.
        }
    }
}
