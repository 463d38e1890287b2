package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.LedgerText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a price file: CSV with a header naming the columns {@code symbol}, {@code date} (YYYY-MM-DD) and {@code price}
 * in any order; other columns are ignored. The first bad row refuses the whole file, naming its line and column.
 */
final class PriceFile {

    static final List<String> COLUMNS = List.of("symbol", "date", "price");

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /** One good row: the security it names and its price on the day. */
    record Row(int line, UUID securityId, LocalDate date, BigDecimal price) {}

    private record Raw(int line, List<String> fields) {}

    private PriceFile() {}

    /** @param securities the security id for an upper-case symbol, empty when the vault has none */
    static List<Row> read(String fileName, String text, Function<String, Optional<UUID>> securities) {
        List<Raw> raws = rows(fileName, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (raws.isEmpty()) {
            throw new PriceFileException(fileName, 0, null, "the file is empty; it needs a header symbol,date,price");
        }
        Map<String, Integer> columns = header(fileName, raws.getFirst());
        if (raws.size() == 1) {
            throw new PriceFileException(fileName, 0, null, "the file has no price rows after its header");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>(raws.size() - 1);
        for (Raw raw : raws.subList(1, raws.size())) {
            Row row = row(fileName, raw, columns, securities);
            String key = row.securityId() + "@" + row.date();
            Integer first = seen.putIfAbsent(key, raw.line());
            if (first != null) {
                throw new PriceFileException(
                        fileName,
                        raw.line(),
                        "date",
                        "a second price for " + field(raw, columns, "symbol").toUpperCase(Locale.ROOT) + " on "
                                + row.date() + " (the first is on line " + first + ")");
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Integer> header(String fileName, Raw header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new PriceFileException(
                        fileName,
                        header.line(),
                        column,
                        "the header has no '" + column + "' column (it needs " + String.join(",", COLUMNS) + ")");
            }
        }
        return columns;
    }

    private static Row row(
            String fileName, Raw raw, Map<String, Integer> columns, Function<String, Optional<UUID>> securities) {
        String symbol = field(raw, columns, "symbol").toUpperCase(Locale.ROOT);
        if (symbol.isEmpty()) {
            throw new PriceFileException(fileName, raw.line(), "symbol", "the symbol is empty");
        }
        UUID security = securities
                .apply(symbol)
                .orElseThrow(() -> new PriceFileException(
                        fileName, raw.line(), "symbol", "unknown security '" + symbol + "'; add it first"));
        String dateText = field(raw, columns, "date");
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new PriceFileException(
                    fileName, raw.line(), "date", "'" + dateText + "' is not a date (use YYYY-MM-DD)");
        }
        if (date.isBefore(LedgerText.EARLIEST) || date.isAfter(LedgerText.LATEST)) {
            throw new PriceFileException(
                    fileName,
                    raw.line(),
                    "date",
                    dateText + " is outside " + LedgerText.EARLIEST + " to " + LedgerText.LATEST);
        }
        String priceText = field(raw, columns, "price");
        BigDecimal price;
        try {
            price = new BigDecimal(priceText);
        } catch (NumberFormatException e) {
            throw new PriceFileException(
                    fileName,
                    raw.line(),
                    "price",
                    "'" + priceText + "' is not a number (use digits, '.' for decimals)");
        }
        if (price.signum() < 0) {
            throw new PriceFileException(fileName, raw.line(), "price", "the price " + priceText + " is negative");
        }
        try {
            price = TradeChecks.price(price, "price");
        } catch (LedgerInputException e) {
            throw new PriceFileException(fileName, raw.line(), "price", e.getMessage());
        }
        return new Row(raw.line(), security, date, price);
    }

    private static String field(Raw raw, Map<String, Integer> columns, String column) {
        int index = columns.get(column);
        return index < raw.fields().size() ? raw.fields().get(index).strip() : "";
    }

    private static List<Raw> rows(String fileName, String text) {
        CsvSchema schema =
                CsvSchema.emptySchema().withQuoteChar('"').withoutEscapeChar().withoutHeader();
        List<Raw> rows = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
            ((CsvParser) parser).setSchema(schema);
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            while (token == JsonToken.START_ARRAY) {
                List<String> fields = new ArrayList<>();
                int line = -1;
                for (token = parser.nextToken();
                        token != null && token != JsonToken.END_ARRAY;
                        token = parser.nextToken()) {
                    if (line < 0) {
                        line = (int) parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getText() == null ? "" : parser.getText());
                }
                if (fields.stream().anyMatch(f -> !f.isBlank())) {
                    rows.add(new Raw(line, fields));
                }
                token = parser.nextToken();
            }
        } catch (IOException e) {
            throw new PriceFileException(fileName, 0, null, "it is not a readable CSV file (" + e.getMessage() + ")");
        }
        return rows;
    }
}
