package app.nestegg.desktop.exchange;

import app.nestegg.vault.exchange.StatementLine;
import java.util.List;

/**
 * One row of the CSV preview: its line in the file, its raw fields, and either the statement line the mapping makes
 * of it or the problem that stops it.
 */
public record CsvPreviewLine(int line, List<String> fields, StatementLine parsed, String error) {

    public CsvPreviewLine {
        fields = List.copyOf(fields);
    }

    public boolean isParsed() {
        return parsed != null;
    }
}
