package app.nestegg.vault.exchange.csv;

import app.nestegg.vault.exchange.AmountText;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.ParsedStatement;
import app.nestegg.vault.exchange.StatementAccount;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.StatementLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV statement with a mapping. A debit column holds money out and a credit column money in; their sign in
 * the file is ignored (some banks print debits negative, most positive).
 */
public final class CsvReader {

    private final String fileName;
    private final CsvMapping mapping;
    private final List<String> labels;
    private final DateTimeFormatter dates;

    private CsvReader(String fileName, CsvMapping mapping, List<String> labels) {
        this.fileName = fileName;
        this.mapping = mapping;
        this.labels = labels;
        this.dates = CsvDates.formatter(mapping.dateFormat());
    }

    public static ParsedFile read(String fileName, String text, CsvMapping mapping) {
        List<CsvRows.Row> rows =
                CsvRows.read(fileName, text, mapping.delimiter(), mapping.skipLines(), Integer.MAX_VALUE);
        CsvReader reader = new CsvReader(fileName, mapping, labels(rows, mapping));
        List<StatementLine> lines = new ArrayList<>(rows.size());
        for (int i = mapping.header() ? 1 : 0; i < rows.size(); i++) {
            lines.add(reader.line(rows.get(i)));
        }
        if (lines.isEmpty()) {
            throw ImportException.wholeFile(fileName, "the CSV file has no rows to import");
        }
        ParsedStatement statement = new ParsedStatement(StatementAccount.UNKNOWN, null, lines);
        return new ParsedFile(fileName, StatementFormat.CSV, List.of(statement));
    }

    /** The first rows as the mapping reads them, each with its line or its error. */
    public static List<CsvPreviewRow> preview(String fileName, String text, CsvMapping mapping, int maxRows) {
        int wanted = maxRows + (mapping.header() ? 1 : 0);
        List<CsvRows.Row> rows = CsvRows.read(fileName, text, mapping.delimiter(), mapping.skipLines(), wanted);
        CsvReader reader = new CsvReader(fileName, mapping, labels(rows, mapping));
        List<CsvPreviewRow> preview = new ArrayList<>();
        for (int i = mapping.header() ? 1 : 0; i < rows.size(); i++) {
            CsvRows.Row row = rows.get(i);
            try {
                preview.add(new CsvPreviewRow(row.line(), row.fields(), reader.line(row), null));
            } catch (ImportException e) {
                preview.add(new CsvPreviewRow(row.line(), row.fields(), null, e.getMessage()));
            }
        }
        return preview;
    }

    /** The column labels: the header's names, or {@code Column 1}, {@code Column 2}… when there is no header. */
    public static List<String> headers(String text, CsvMapping mapping) {
        return labels(CsvRows.read("the file", text, mapping.delimiter(), mapping.skipLines(), 1), mapping);
    }

    private static List<String> labels(List<CsvRows.Row> rows, CsvMapping mapping) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        List<String> first = rows.get(0).fields();
        for (int i = 0; i < first.size(); i++) {
            String name = mapping.header() ? first.get(i).strip() : "";
            labels.add(name.isEmpty() ? "Column " + (i + 1) : name);
        }
        return labels;
    }

    private StatementLine line(CsvRows.Row row) {
        List<String> fields = row.fields();
        String dateText = field(row, mapping.date(), true);
        LocalDate date = CsvDates.parse(dates, dateText);
        if (date == null) {
            throw error(row, mapping.date(), "'" + dateText + "' is not a date in the format " + mapping.dateFormat());
        }
        BigDecimal amount = mapping.hasAmountColumn() ? amount(row, mapping.amount(), true) : debitCredit(row);
        if (mapping.invertSign()) {
            amount = amount.negate();
        }
        String payee = field(row, mapping.payee(), false);
        String memo = field(row, mapping.memo(), false);
        return new StatementLine(
                row.line(),
                date,
                amount,
                payee,
                memo == null || memo.isBlank() ? null : memo.strip(),
                null,
                null,
                null,
                null,
                List.of());
    }

    private BigDecimal debitCredit(CsvRows.Row row) {
        BigDecimal debit = amount(row, mapping.debit(), false);
        BigDecimal credit = amount(row, mapping.credit(), false);
        if (debit == null && credit == null) {
            throw error(row, mapping.debit(), "neither the debit nor the credit column has an amount");
        }
        BigDecimal in = credit == null ? BigDecimal.ZERO : credit.abs();
        BigDecimal out = debit == null ? BigDecimal.ZERO : debit.abs();
        return in.subtract(out);
    }

    private BigDecimal amount(CsvRows.Row row, int column, boolean required) {
        String text = field(row, column, required);
        if (text == null || text.isBlank()) {
            if (required) {
                throw error(row, column, "the amount is empty");
            }
            return null;
        }
        BigDecimal value = AmountText.parse(text, mapping.decimalSeparator());
        if (value == null) {
            throw error(
                    row,
                    column,
                    "'" + text.strip() + "' is not an amount with '" + mapping.decimalSeparator()
                            + "' as decimal separator");
        }
        return value;
    }

    private String field(CsvRows.Row row, int column, boolean required) {
        if (column == CsvMapping.NONE) {
            return null;
        }
        if (column >= row.fields().size()) {
            if (!required && column < labels.size()) {
                return null;
            }
            throw error(
                    row, column, "the row has " + row.fields().size() + " columns, the mapping needs " + (column + 1));
        }
        return row.fields().get(column);
    }

    private ImportException error(CsvRows.Row row, int column, String problem) {
        String label = column >= 0 && column < labels.size() ? labels.get(column) : "column " + (column + 1);
        return new ImportException(fileName, row.line(), label, problem);
    }
}
