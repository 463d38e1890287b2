package app.nestegg.vault.exchange.csv;

import app.nestegg.vault.exchange.ImportException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The mapping file format (see docs/import-export.md): a JSON object with {@code delimiter}, {@code skipLines},
 * {@code header}, {@code columns} (each a 1-based number or a header name), {@code dateFormat},
 * {@code decimalSeparator} and {@code invertSign}. Header names are resolved against the CSV file's header row.
 */
public final class CsvMappingJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROLES = List.of("date", "amount", "debit", "credit", "payee", "memo");

    private CsvMappingJson() {}

    public static String write(CsvMapping mapping) {
        ObjectNode root = JSON.createObjectNode();
        root.put("delimiter", mapping.delimiter() == '\t' ? "tab" : String.valueOf(mapping.delimiter()));
        root.put("skipLines", mapping.skipLines());
        root.put("header", mapping.header());
        ObjectNode columns = root.putObject("columns");
        int[] values = columnsOf(mapping);
        for (int i = 0; i < ROLES.size(); i++) {
            if (values[i] != CsvMapping.NONE) {
                columns.put(ROLES.get(i), values[i] + 1);
            }
        }
        root.put("dateFormat", mapping.dateFormat());
        root.put("decimalSeparator", String.valueOf(mapping.decimalSeparator()));
        root.put("invertSign", mapping.invertSign());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    /** A mapping whose columns are all given by number. */
    public static CsvMapping read(String json, String sourceName) {
        return read(json, sourceName, null);
    }

    /** A mapping whose columns may be given by header name, looked up in the header row of {@code csvText}. */
    public static CsvMapping read(String json, String sourceName, String csvText) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(sourceName, Math.max(line, 0), null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ImportException.wholeFile(sourceName, "a mapping file is one JSON object");
        }
        char delimiter = delimiter(text(root, "delimiter", ",", sourceName), sourceName);
        int skipLines = integer(root, "skipLines", 0, sourceName);
        boolean header = bool(root, "header", true, sourceName);
        String dateFormat = text(root, "dateFormat", null, sourceName);
        if (dateFormat == null || dateFormat.isBlank()) {
            throw new ImportException(sourceName, 0, "dateFormat", "is missing");
        }
        try {
            CsvDates.formatter(dateFormat);
        } catch (IllegalArgumentException e) {
            throw new ImportException(sourceName, 0, "dateFormat", "'" + dateFormat + "' is not a date pattern");
        }
        String decimal = text(root, "decimalSeparator", ".", sourceName);
        if (!decimal.equals(".") && !decimal.equals(",")) {
            throw new ImportException(sourceName, 0, "decimalSeparator", "must be \".\" or \",\"");
        }
        boolean invert = bool(root, "invertSign", false, sourceName);
        JsonNode columns = root.path("columns");
        if (!columns.isObject()) {
            throw new ImportException(sourceName, 0, "columns", "is missing or not an object");
        }
        List<String> headers = null;
        if (csvText != null && header) {
            CsvMapping probe = new CsvMapping(delimiter, skipLines, true, 0, 0, -1, -1, -1, -1, "yyyy", '.', false);
            headers = CsvReader.headers(csvText, probe);
        }
        int[] values = new int[ROLES.size()];
        for (int i = 0; i < ROLES.size(); i++) {
            values[i] = column(columns.get(ROLES.get(i)), "columns." + ROLES.get(i), headers, sourceName);
        }
        if (values[0] == CsvMapping.NONE) {
            throw new ImportException(sourceName, 0, "columns.date", "is missing");
        }
        boolean single = values[1] != CsvMapping.NONE;
        boolean pair = values[2] != CsvMapping.NONE && values[3] != CsvMapping.NONE;
        if (single == pair) {
            throw new ImportException(
                    sourceName, 0, "columns", "give either an amount column or both a debit and a credit column");
        }
        return new CsvMapping(
                delimiter,
                skipLines,
                header,
                values[0],
                values[1],
                values[2],
                values[3],
                values[4],
                values[5],
                dateFormat,
                decimal.charAt(0),
                invert);
    }

    private static int[] columnsOf(CsvMapping m) {
        return new int[] {m.date(), m.amount(), m.debit(), m.credit(), m.payee(), m.memo()};
    }

    private static int column(JsonNode node, String field, List<String> headers, String sourceName) {
        if (node == null || node.isNull()) {
            return CsvMapping.NONE;
        }
        if (node.isInt()) {
            if (node.asInt() < 1) {
                throw new ImportException(sourceName, 0, field, "column numbers start at 1");
            }
            return node.asInt() - 1;
        }
        if (!node.isTextual()) {
            throw new ImportException(sourceName, 0, field, "must be a column number or a header name");
        }
        String name = node.asText().strip();
        if (headers == null) {
            throw new ImportException(
                    sourceName, 0, field, "'" + name + "' is a header name; it needs the CSV file's header row");
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new ImportException(sourceName, 0, field, "the CSV file has no column '" + name + "'");
    }

    private static char delimiter(String value, String sourceName) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("tab") || value.equals("\t")) {
            return '\t';
        }
        if (value.length() != 1 || Character.isLetterOrDigit(value.charAt(0)) || value.charAt(0) == '"') {
            throw new ImportException(sourceName, 0, "delimiter", "'" + value + "' is not a delimiter");
        }
        return value.charAt(0);
    }

    private static String text(JsonNode root, String field, String otherwise, String sourceName) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isTextual()) {
            throw new ImportException(sourceName, 0, field, "must be a string");
        }
        return node.asText();
    }

    private static int integer(JsonNode root, String field, int otherwise, String sourceName) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isInt() || node.asInt() < 0) {
            throw new ImportException(sourceName, 0, field, "must be a whole number, 0 or more");
        }
        return node.asInt();
    }

    private static boolean bool(JsonNode root, String field, boolean otherwise, String sourceName) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (!node.isBoolean()) {
            throw new ImportException(sourceName, 0, field, "must be true or false");
        }
        return node.asBoolean();
    }
}
