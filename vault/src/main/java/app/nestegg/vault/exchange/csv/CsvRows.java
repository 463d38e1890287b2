package app.nestegg.vault.exchange.csv;

import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.StatementText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The rows of a CSV text as lists of raw fields, with the 1-based file line where each row starts. */
final class CsvRows {

    record Row(int line, List<String> fields) {
        boolean isBlank() {
            for (String field : fields) {
                if (!field.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private CsvRows() {}

    /** Up to {@code maxRows} rows after the first {@code skipLines} lines; blank rows are left out. */
    static List<Row> read(String fileName, String text, char delimiter, int skipLines, int maxRows) {
        String body = StatementText.stripBom(text);
        int offset = 0;
        for (int i = 0; i < skipLines && offset >= 0; i++) {
            int newline = body.indexOf('\n', offset);
            offset = newline < 0 ? body.length() : newline + 1;
        }
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(delimiter)
                .withQuoteChar('"')
                .withoutEscapeChar()
                .withoutHeader();
        List<Row> rows = new ArrayList<>();
        int lineNumber = skipLines + 1;
        try (JsonParser parser = FACTORY.createParser(new StringReader(body.substring(offset)))) {
            ((CsvParser) parser).setSchema(schema);
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            while (token == JsonToken.START_ARRAY && rows.size() < maxRows) {
                List<String> fields = new ArrayList<>();
                int rowLine = -1;
                for (token = parser.nextToken();
                        token != null && token != JsonToken.END_ARRAY;
                        token = parser.nextToken()) {
                    lineNumber = skipLines + (int) parser.currentTokenLocation().getLineNr();
                    if (rowLine < 0) {
                        rowLine = lineNumber;
                    }
                    String value = parser.getText();
                    fields.add(value == null ? "" : value);
                }
                Row row = new Row(rowLine, fields);
                if (!row.isBlank()) {
                    rows.add(row);
                }
                token = parser.nextToken();
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null
                    ? lineNumber
                    : skipLines + Math.max(1, e.getLocation().getLineNr());
            throw new ImportException(fileName, line, null, "not valid CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ImportException.wholeFile(fileName, "cannot be read as CSV: " + e.getMessage());
        }
        return rows;
    }
}
