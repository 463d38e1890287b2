package app.nestegg.vault.exchange.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * How stored values are written: numbers and booleans as themselves in JSON, decimals in plain notation, ids, dates
 * and instants in ISO-8601 text. In CSV every value is text and an absent one is an empty cell.
 */
final class ExportValues {

    private ExportValues() {}

    static void writeJson(JsonGenerator json, String name, Object value) throws IOException {
        json.writeFieldName(name);
        switch (value) {
            case null -> json.writeNull();
            case Long number -> json.writeNumber(number);
            case Integer number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            default -> json.writeString(text(value));
        }
    }

    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
    }

    /**
     * The CSV cell for a value. Text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
     * {@code @} first) gets a leading apostrophe, as spreadsheets themselves write it; numbers are left alone. The JSON
     * document keeps the text as it is, and a restore reads only the JSON.
     */
    static String csvCell(Object value) {
        String text = text(value);
        if (!(value instanceof String) || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
