package app.nestegg.desktop.exchange;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.ledger.Money;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The CSV step's mapping form: delimiter, lines to skip, header, the columns, date format, decimal separator and sign,
 * with a live preview of the first rows as the mapping reads them. The preview runs on the calling thread: it parses at
 * most {@link #PREVIEW_ROWS} rows of text already in memory.
 */
public final class CsvMappingViewModel {

    public static final int PREVIEW_ROWS = 20;

    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
    public static final List<Character> DECIMAL_SEPARATORS = List.of('.', ',');
    public static final List<String> DATE_FORMATS = List.of(
            "yyyy-MM-dd",
            "MM/dd/yyyy",
            "M/d/yyyy",
            "dd/MM/yyyy",
            "dd.MM.yyyy",
            "d.M.yyyy",
            "dd-MM-yyyy",
            "yyyyMMdd",
            "MM/dd/yy",
            "dd.MM.yy");

    private static final CsvMapping EMPTY = new CsvMapping(
            ',',
            0,
            true,
            CsvMapping.NONE,
            CsvMapping.NONE,
            CsvMapping.NONE,
            CsvMapping.NONE,
            CsvMapping.NONE,
            CsvMapping.NONE,
            "yyyy-MM-dd",
            '.',
            false);

    private final StatementReading reading;
    private final Messages messages;
    private final MoneyFormat format;
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter", ',');
    private final ObjectProperty<Integer> skipLines = new SimpleObjectProperty<>(this, "skipLines", 0);
    private final BooleanProperty header = new SimpleBooleanProperty(this, "header", true);
    private final ObjectProperty<Integer> dateColumn = column("dateColumn");
    private final ObjectProperty<Integer> amountColumn = column("amountColumn");
    private final ObjectProperty<Integer> debitColumn = column("debitColumn");
    private final ObjectProperty<Integer> creditColumn = column("creditColumn");
    private final ObjectProperty<Integer> payeeColumn = column("payeeColumn");
    private final ObjectProperty<Integer> memoColumn = column("memoColumn");
    private final StringProperty dateFormat = new SimpleStringProperty(this, "dateFormat", "yyyy-MM-dd");
    private final ObjectProperty<Character> decimalSeparator =
            new SimpleObjectProperty<>(this, "decimalSeparator", '.');
    private final BooleanProperty invertSign = new SimpleBooleanProperty(this, "invertSign", false);
    private final ObservableList<Integer> columns = FXCollections.observableArrayList(CsvMapping.NONE);
    private final ObservableList<CsvPreviewLine> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper guessNote = new ReadOnlyStringWrapper(this, "guessNote", "");
    private final ReadOnlyBooleanWrapper readable = new ReadOnlyBooleanWrapper(this, "readable", false);
    private final ObjectProperty<java.util.Currency> currency = new SimpleObjectProperty<>(this, "currency");
    private List<String> labels = List.of();
    private String fileName = "";
    private String text = "";
    private CsvGuess guess = new CsvGuess(null, List.of());
    private boolean applying;

    public CsvMappingViewModel(StatementReading reading, Messages messages, MoneyFormat format) {
        this.reading = reading;
        this.messages = messages;
        this.format = format;
        for (Observable field : List.<Observable>of(
                delimiter,
                skipLines,
                header,
                dateColumn,
                amountColumn,
                debitColumn,
                creditColumn,
                payeeColumn,
                memoColumn,
                dateFormat,
                decimalSeparator,
                invertSign)) {
            field.addListener(observable -> {
                if (!applying) {
                    refresh();
                }
            });
        }
    }

    private ObjectProperty<Integer> column(String name) {
        return new SimpleObjectProperty<>(this, name, CsvMapping.NONE);
    }

    /** A new file: starts from the detector's guess, or from an empty mapping when it could not decide. */
    public void load(String fileName, String text, CsvGuess guess) {
        this.fileName = fileName;
        this.text = text;
        this.guess = guess;
        guessNote.set(
                guess.isDecided()
                        ? messages.get("import.csv.detected")
                        : messages.format("import.csv.undecided", String.join("; ", guess.undecided())));
        apply(guess.isDecided() ? guess.mapping() : EMPTY);
    }

    /** The mapping remembered for the chosen account replaces the guess. */
    public void useRemembered(CsvMapping remembered) {
        guessNote.set(messages.get("import.csv.remembered"));
        apply(remembered);
    }

    /** No mapping remembered for the chosen account: back to the detector's guess. */
    public void useGuess() {
        load(fileName, text, guess);
    }

    private void apply(CsvMapping mapping) {
        applying = true;
        try {
            delimiter.set(mapping.delimiter());
            skipLines.set(mapping.skipLines());
            header.set(mapping.header());
            dateColumn.set(mapping.date());
            amountColumn.set(mapping.amount());
            debitColumn.set(mapping.debit());
            creditColumn.set(mapping.credit());
            payeeColumn.set(mapping.payee());
            memoColumn.set(mapping.memo());
            dateFormat.set(mapping.dateFormat());
            decimalSeparator.set(mapping.decimalSeparator());
            invertSign.set(mapping.invertSign());
        } finally {
            applying = false;
        }
        refresh();
    }

    /** The mapping the form describes, or null when a field makes none (the problem says which). */
    public CsvMapping mapping() {
        String pattern = dateFormat.get() == null ? "" : dateFormat.get().strip();
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (pattern.isEmpty() || skipLines.get() == null || skipLines.get() < 0) {
            return null;
        }
        return new CsvMapping(
                delimiter.get() == null ? ',' : delimiter.get(),
                skipLines.get(),
                header.get(),
                chosen(dateColumn),
                chosen(amountColumn),
                chosen(debitColumn),
                chosen(creditColumn),
                chosen(payeeColumn),
                chosen(memoColumn),
                pattern,
                decimalSeparator.get() == null ? '.' : decimalSeparator.get(),
                invertSign.get());
    }

    private static int chosen(ObjectProperty<Integer> column) {
        return column.get() == null ? CsvMapping.NONE : column.get();
    }

    /** Reads the column labels and the preview rows again for the form as it is now. */
    public void refresh() {
        problem.set("");
        CsvMapping mapping = mapping();
        if (mapping == null) {
            preview.clear();
            readable.set(false);
            problem.set(messages.format("import.csv.badDateFormat", dateFormat.get()));
            return;
        }
        String missing = missingColumns(mapping);
        try {
            updateColumns(reading.headers(text, mapping));
            if (missing.isEmpty()) {
                preview.setAll(reading.preview(fileName, text, mapping, PREVIEW_ROWS));
            } else {
                preview.clear();
            }
        } catch (ImportException | IllegalArgumentException e) {
            preview.clear();
            readable.set(false);
            problem.set(e.getMessage());
            return;
        }
        if (!missing.isEmpty()) {
            problem.set(missing);
        } else if (preview.isEmpty()) {
            problem.set(messages.get("import.csv.noRows"));
        } else if (preview.stream().anyMatch(row -> !row.isParsed())) {
            problem.set(messages.get("import.csv.rowProblems"));
        }
        readable.set(problem.get().isEmpty());
    }

    private String missingColumns(CsvMapping mapping) {
        if (mapping.date() == CsvMapping.NONE) {
            return messages.get("import.csv.chooseDate");
        }
        boolean debitAndCredit = mapping.debit() != CsvMapping.NONE && mapping.credit() != CsvMapping.NONE;
        if (mapping.amount() == CsvMapping.NONE && !debitAndCredit) {
            return messages.get("import.csv.chooseAmount");
        }
        return "";
    }

    /**
     * New labels replace the choosers' items; the chosen columns are put back afterwards, as a combo box may clear its
     * value when its items are replaced.
     */
    private void updateColumns(List<String> headers) {
        if (headers.equals(labels)) {
            return;
        }
        labels = List.copyOf(headers);
        List<Integer> indices = new ArrayList<>();
        indices.add(CsvMapping.NONE);
        for (int i = 0; i < headers.size(); i++) {
            indices.add(i);
        }
        List<ObjectProperty<Integer>> choosers =
                List.of(dateColumn, amountColumn, debitColumn, creditColumn, payeeColumn, memoColumn);
        List<Integer> chosen =
                choosers.stream().map(CsvMappingViewModel::chosen).toList();
        applying = true;
        try {
            columns.setAll(indices);
            for (int i = 0; i < choosers.size(); i++) {
                choosers.get(i).set(chosen.get(i));
            }
        } finally {
            applying = false;
        }
    }

    /** A column's label for the choosers: its header name, or "(none)". */
    public String columnLabel(Integer column) {
        if (column == null || column == CsvMapping.NONE) {
            return messages.get("import.csv.noColumn");
        }
        return column < labels.size() ? labels.get(column) : messages.format("import.csv.column", column + 1);
    }

    public String delimiterLabel(Character value) {
        return switch (value == null ? ',' : value) {
            case ';' -> messages.get("import.csv.delimiter.semicolon");
            case '\t' -> messages.get("import.csv.delimiter.tab");
            case '|' -> messages.get("import.csv.delimiter.bar");
            default -> messages.get("import.csv.delimiter.comma");
        };
    }

    public String amountText(CsvPreviewLine row) {
        if (!row.isParsed()) {
            return "";
        }
        java.util.Currency shown = currency.get();
        return shown == null
                ? format.decimal(row.parsed().amount())
                : format.format(Money.rounded(row.parsed().amount(), shown));
    }

    public String dateText(CsvPreviewLine row) {
        return row.isParsed() ? format.date(row.parsed().date()) : "";
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<Integer> skipLinesProperty() {
        return skipLines;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    public ObjectProperty<Integer> dateColumnProperty() {
        return dateColumn;
    }

    public ObjectProperty<Integer> amountColumnProperty() {
        return amountColumn;
    }

    public ObjectProperty<Integer> debitColumnProperty() {
        return debitColumn;
    }

    public ObjectProperty<Integer> creditColumnProperty() {
        return creditColumn;
    }

    public ObjectProperty<Integer> payeeColumnProperty() {
        return payeeColumn;
    }

    public ObjectProperty<Integer> memoColumnProperty() {
        return memoColumn;
    }

    public StringProperty dateFormatProperty() {
        return dateFormat;
    }

    public ObjectProperty<Character> decimalSeparatorProperty() {
        return decimalSeparator;
    }

    public BooleanProperty invertSignProperty() {
        return invertSign;
    }

    /** The column choices: {@link CsvMapping#NONE}, then 0 … n-1. */
    public ObservableList<Integer> columns() {
        return columns;
    }

    public ObservableList<CsvPreviewLine> preview() {
        return preview;
    }

    /** Why the file cannot be read with the form as it is (a missing column, a row that does not parse), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Where the mapping came from: detected, remembered for the account, or what the detector could not decide. */
    public ReadOnlyStringProperty guessNoteProperty() {
        return guessNote.getReadOnlyProperty();
    }

    /** Every preview row parses with this mapping. */
    public ReadOnlyBooleanProperty readableProperty() {
        return readable.getReadOnlyProperty();
    }

    /** The chosen account's currency, for the preview's amounts. */
    public ObjectProperty<java.util.Currency> currencyProperty() {
        return currency;
    }
}
