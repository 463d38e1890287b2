package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Currencies;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a price file: CSV with a header naming the columns {@code symbol}, {@code date} (YYYY-MM-DD) and {@code price}
 * in any order, and optionally {@code currency} (the ISO code the price is in); other columns are ignored. The first bad
 * row refuses the whole file, naming its line and column. The import and the CSV quote source both read it.
 */
public final class PriceFile {

    static final List<String> COLUMNS = List.of("symbol", "date", "price");

    /** A price file larger than this is not a price history a person keeps. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    /** One good row: the security it names and its price on the day. */
    record Row(int line, UUID securityId, LocalDate date, BigDecimal price) {}

    /**
     * One good row as the file says it, before its symbol is looked up.
     *
     * @param symbol in upper case
     * @param currency the row's {@code currency}, or null when the file has no such column or the cell is empty
     */
    public record Quoted(int line, String symbol, LocalDate date, BigDecimal price, Currency currency) {}

    private record Raw(int line, List<String> fields) {}

    private PriceFile() {}

    /** @param securities the security id for an upper-case symbol, empty when the vault has none */
    static List<Row> read(String fileName, String text, Function<String, Optional<UUID>> securities) {
        List<Row> rows = new ArrayList<>();
        for (Quoted quoted : parse(fileName, text)) {
            UUID security = securities
                    .apply(quoted.symbol())
                    .orElseThrow(() -> new PriceFileException(
                            fileName,
                            quoted.line(),
                            "symbol",
                            "unknown security '" + quoted.symbol() + "'; add it first"));
            rows.add(new Row(quoted.line(), security, quoted.date(), quoted.price()));
        }
        return rows;
    }

    /**
     * Reads the file's rows without looking their symbols up: for a quote source, which may list more than is held.
     *
     * @throws PriceFileException naming the file, and the line and column of the first bad row
     */
    public static List<Quoted> readFile(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return parse(name, text(name, file));
    }

    static List<Quoted> parse(String fileName, String text) {
        List<Raw> raws = rows(fileName, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (raws.isEmpty()) {
            throw new PriceFileException(fileName, 0, null, "the file is empty; it needs a header symbol,date,price");
        }
        Map<String, Integer> columns = header(fileName, raws.getFirst());
        if (raws.size() == 1) {
            throw new PriceFileException(fileName, 0, null, "the file has no price rows after its header");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Quoted> rows = new ArrayList<>(raws.size() - 1);
        for (Raw raw : raws.subList(1, raws.size())) {
            Quoted row = row(fileName, raw, columns);
            Integer first = seen.putIfAbsent(row.symbol() + "@" + row.date(), raw.line());
            if (first != null) {
                throw new PriceFileException(
                        fileName,
                        raw.line(),
                        "date",
                        "a second price for " + row.symbol() + " on " + row.date() + " (the first is on line " + first
                                + ")");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The file's text, refused when it is too large or not UTF-8. */
    static String text(String name, Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PriceFileException(name, 0, null, "the file is larger than 20 MB");
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PriceFileException(name, 0, null, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new PriceFileException(name, 0, null, "the file cannot be read (" + e.getMessage() + ")");
        }
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

    private static Quoted row(String fileName, Raw raw, Map<String, Integer> columns) {
        String symbol = field(raw, columns, "symbol").toUpperCase(Locale.ROOT);
        if (symbol.isEmpty()) {
            throw new PriceFileException(fileName, raw.line(), "symbol", "the symbol is empty");
        }
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
        return new Quoted(raw.line(), symbol, date, price, currency(fileName, raw, columns));
    }

    private static Currency currency(String fileName, Raw raw, Map<String, Integer> columns) {
        String code = columns.containsKey("currency") ? field(raw, columns, "currency") : "";
        if (code.isEmpty()) {
            return null;
        }
        try {
            return Currencies.of(code, "currency");
        } catch (LedgerInputException e) {
            throw new PriceFileException(fileName, raw.line(), "currency", e.getMessage());
        }
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
