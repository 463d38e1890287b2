package app.nestegg.vault.exchange.csv;

import app.nestegg.vault.exchange.ImportException;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the mapping of a CSV statement: the delimiter, the lines before the header, which columns hold what (from
 * header names, else from the values), the date format and the decimal separator. It decides only what the file
 * settles; everything else is reported as undecided, in words.
 */
public final class CsvDetector {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 60;
    private static final int SAMPLE_ROWS = 2000;

    private CsvDetector() {}

    public static CsvDetection detect(String fileName, String text) {
        List<String> undecided = new ArrayList<>();
        Layout layout = layout(fileName, text);
        if (layout == null) {
            return new CsvDetection(
                    null, List.of("the delimiter: no line has two or more fields separated by , ; tab or |"));
        }
        List<CsvRows.Row> rows = CsvRows.read(fileName, text, layout.delimiter, layout.skipLines, SAMPLE_ROWS);
        CsvColumns columns = CsvColumns.find(rows, undecided);
        if (!undecided.isEmpty()) {
            return new CsvDetection(null, undecided);
        }
        List<String> dates = columns.values(rows, columns.date());
        String dateFormat = CsvValueFormats.dateFormat(dates, undecided);
        List<String> amounts = columns.values(rows, columns.amount(), columns.debit(), columns.credit());
        char decimal = CsvValueFormats.decimalSeparator(amounts, undecided);
        if (!undecided.isEmpty()) {
            return new CsvDetection(null, undecided);
        }
        CsvMapping mapping = new CsvMapping(
                layout.delimiter,
                layout.skipLines,
                columns.header(),
                columns.date(),
                columns.amount(),
                columns.debit(),
                columns.credit(),
                columns.payee(),
                columns.memo(),
                dateFormat,
                decimal,
                false);
        return new CsvDetection(mapping, List.of());
    }

    private record Layout(char delimiter, int skipLines) {}

    /** The delimiter that splits the most lines into the same number (two or more) of fields. */
    private static Layout layout(String fileName, String text) {
        String sample = firstLines(text, SAMPLE_LINES);
        Layout best = null;
        double bestScore = 0;
        for (char delimiter : DELIMITERS) {
            List<CsvRows.Row> rows;
            try {
                rows = CsvRows.read(fileName, sample, delimiter, 0, SAMPLE_LINES);
            } catch (ImportException notThisDelimiter) {
                continue;
            }
            int width = commonWidth(rows);
            if (width < 2) {
                continue;
            }
            int matching = 0;
            int firstLine = -1;
            for (CsvRows.Row row : rows) {
                if (row.fields().size() == width) {
                    matching++;
                    if (firstLine < 0) {
                        firstLine = row.line();
                    }
                }
            }
            double score = matching + width / 100.0;
            if (score > bestScore) {
                bestScore = score;
                best = new Layout(delimiter, firstLine - 1);
            }
        }
        return best;
    }

    private static int commonWidth(List<CsvRows.Row> rows) {
        int[] counts = new int[64];
        for (CsvRows.Row row : rows) {
            counts[Math.min(row.fields().size(), counts.length - 1)]++;
        }
        int width = 0;
        for (int i = 2; i < counts.length - 1; i++) {
            if (counts[i] > 0 && counts[i] >= counts[width]) {
                width = i;
            }
        }
        return width;
    }

    /** The first lines, cut where a line ends outside quotes so a quoted field is never split. */
    private static String firstLines(String text, int lines) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted && ++count == lines) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }
}
