package app.nestegg.vault.exchange.csv;

import app.nestegg.vault.exchange.StatementLine;
import java.util.List;

/**
 * One row of a CSV file as the mapping step shows it: the raw fields and either the line it becomes or why it cannot.
 */
public record CsvPreviewRow(int line, List<String> fields, StatementLine parsed, String error) {

    public CsvPreviewRow {
        fields = List.copyOf(fields);
    }

    public boolean isValid() {
        return error == null;
    }
}
