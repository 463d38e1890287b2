package app.nestegg.vault.exchange;

import app.nestegg.vault.exchange.csv.CsvDetection;
import app.nestegg.vault.exchange.csv.CsvDetector;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.exchange.csv.CsvReader;
import app.nestegg.vault.exchange.ofx.OfxReader;
import app.nestegg.vault.exchange.qif.QifReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The one entry point for reading a statement file: size and content checks, format sniffing, then the reader. */
public final class StatementFiles {

    /** Larger files are refused before they are read; the biggest real statement exports are a few MB. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private static final int SNIFF_CHARS = 1024;

    private StatementFiles() {}

    public static ParsedFile read(Path file, StatementReadOptions options) {
        return read(String.valueOf(file.getFileName()), readBytes(file), options);
    }

    /** The file's bytes, refused from its size alone when it is larger than {@link #MAX_FILE_BYTES}. */
    public static byte[] readBytes(Path file) {
        String fileName = String.valueOf(file.getFileName());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ImportException.wholeFile(fileName, "cannot be read: " + e.getMessage());
        }
        if (size > MAX_FILE_BYTES) {
            throw ImportException.wholeFile(
                    fileName,
                    "the file is " + humanSize(size) + "; statement files up to " + humanSize(MAX_FILE_BYTES)
                            + " are imported");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ImportException.wholeFile(fileName, "cannot be read: " + e.getMessage());
        }
    }

    public static ParsedFile read(String fileName, byte[] content, StatementReadOptions options) {
        if (content.length > MAX_FILE_BYTES) {
            throw ImportException.wholeFile(
                    fileName,
                    "the file is " + humanSize(content.length) + "; the limit is " + humanSize(MAX_FILE_BYTES));
        }
        StatementText.requireText(fileName, content);
        StatementFormat format = options.format().orElseGet(() -> sniff(fileName, content));
        return StatementLimits.check(
                switch (format) {
                    case OFX -> OfxReader.read(fileName, content);
                    case QIF -> QifReader.read(fileName, StatementText.decode(content));
                    case CSV -> readCsv(fileName, StatementText.decode(content), options);
                });
    }

    /** OFX when its header or root tag is near the start, QIF when the first line is a {@code !} header, else CSV. */
    public static StatementFormat sniff(String fileName, byte[] content) {
        String start = new String(content, 0, Math.min(content.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1);
        String upper = start.toUpperCase(Locale.ROOT);
        if (upper.contains("OFXHEADER") || upper.contains("<?OFX") || upper.contains("<OFX>")) {
            return StatementFormat.OFX;
        }
        String firstLine =
                StatementText.stripBom(start.replace("\u00ef\u00bb\u00bf", "")).strip();
        String lowerFirst = firstLine.toLowerCase(Locale.ROOT);
        if (lowerFirst.startsWith("!type") || lowerFirst.startsWith("!account") || lowerFirst.startsWith("!option")) {
            return StatementFormat.QIF;
        }
        return StatementFormat.CSV;
    }

    private static ParsedFile readCsv(String fileName, String text, StatementReadOptions options) {
        CsvMapping mapping = options.csvMapping().orElse(null);
        if (mapping == null) {
            CsvDetection detection = CsvDetector.detect(fileName, text);
            if (!detection.isDecided()) {
                throw ImportException.wholeFile(
                        fileName,
                        "could not tell " + String.join("; ", detection.undecided()) + "; give a mapping (--mapping)");
            }
            mapping = detection.mapping();
        }
        return CsvReader.read(fileName, text, mapping);
    }

    static String humanSize(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 1024) {
            return String.format(Locale.ROOT, "%.1f GB", mb / 1024.0);
        }
        return String.format(Locale.ROOT, "%.0f MB", mb);
    }
}
