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
import app.nestegg.vault.fuzz.SeedDamage;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Every reader either reads its input or throws {@link ImportException}; any other exception fails the test (ADR
 * 0038). Plain {@code mvn test} runs only the seeds in {@code src/test/resources/.../StatementReadersFuzzTestInputs};
 * {@code scripts/fuzz} fuzzes them, damaging the seeds ({@link SeedDamage}).
 */
class StatementReadersFuzzTest {

    private static final CsvMapping MAPPING =
            new CsvMapping(';', 0, true, 0, 4, CsvMapping.NONE, CsvMapping.NONE, 2, 3, "dd.MM.yyyy", ',', false);
    private static final String MAPPED_CSV = "Booked;Payee;Amount;Memo\n01.02.2026;Shop;-1,00;x\n";

    private static final SeedDamage OFX = seeds("ofxReaderThrowsOnlyImportException");
    private static final SeedDamage QIF = seeds("qifReaderThrowsOnlyImportException");
    private static final SeedDamage CSV = seeds("csvReaderThrowsOnlyImportException");
    private static final SeedDamage DETECTED_CSV = seeds("csvDetectorThrowsOnlyImportException");
    private static final SeedDamage CSV_MAPPING = seeds("csvMappingFileThrowsOnlyImportException");

    @FuzzTest(maxDuration = "10s")
    void ofxReaderThrowsOnlyImportException(byte[] raw) {
        byte[] data = OFX.input(raw);
        OFX.keepIfItFails(data, () -> expectOnlyImportException(() -> OfxReader.read("fuzz.ofx", data)));
    }

    @FuzzTest(maxDuration = "10s")
    void qifReaderThrowsOnlyImportException(byte[] raw) {
        byte[] data = QIF.input(raw);
        QIF.keepIfItFails(data, () -> expectOnlyImportException(() -> QifReader.read("fuzz.qif", text(data))));
    }

    @FuzzTest(maxDuration = "10s")
    void csvReaderThrowsOnlyImportException(byte[] raw) {
        byte[] data = CSV.input(raw);
        CSV.keepIfItFails(data, () -> expectOnlyImportException(() -> CsvReader.read("fuzz.csv", text(data), MAPPING)));
    }

    @FuzzTest(maxDuration = "10s")
    void csvDetectorThrowsOnlyImportException(byte[] raw) {
        byte[] data = DETECTED_CSV.input(raw);
        DETECTED_CSV.keepIfItFails(
                data, () -> expectOnlyImportException(() -> CsvDetector.detect("fuzz.csv", text(data))));
    }

    @FuzzTest(maxDuration = "10s")
    void csvMappingFileThrowsOnlyImportException(byte[] raw) {
        byte[] data = CSV_MAPPING.input(raw);
        CSV_MAPPING.keepIfItFails(
                data,
                () -> expectOnlyImportException(
                        () -> CsvMappingJson.read(text(data), "fuzz-mapping.json", MAPPED_CSV)));
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

    private static SeedDamage seeds(String method) {
        return SeedDamage.of(StatementReadersFuzzTest.class, method);
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    private static void expectOnlyImportException(Runnable read) {
        try {
            read.run();
        } catch (ImportException expected) {
            // Refusing bad input with a message is the correct outcome.
        }
    }
}
