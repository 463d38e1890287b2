package app.nestegg.vault.exchange.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** The date formats the detector tries, and parsing with a mapping's pattern. */
final class CsvDates {

    /** Most specific first; day-first and month-first pairs are both here so ambiguity can be seen. */
    static final List<String> CANDIDATES = List.of(
            "yyyy-MM-dd",
            "yyyy/MM/dd",
            "yyyyMMdd",
            "dd.MM.yyyy",
            "dd.MM.yy",
            "MM/dd/yyyy",
            "dd/MM/yyyy",
            "MM/dd/yy",
            "dd/MM/yy",
            "dd-MM-yyyy",
            "MM-dd-yyyy");

    private CsvDates() {}

    /**
     * A strict formatter for the pattern. When the pattern has separators, {@code MM} and {@code dd} also accept one
     * digit, as banks write {@code 1/5/2024} and {@code 01/05/2024} in the same export.
     */
    static DateTimeFormatter formatter(String pattern) {
        String strict = pattern.replace('y', 'u');
        boolean separated = false;
        for (int i = 0; i < strict.length(); i++) {
            if (!Character.isLetter(strict.charAt(i))) {
                separated = true;
            }
        }
        if (separated) {
            strict = strict.replace("MM", "M").replace("dd", "d");
        }
        return DateTimeFormatter.ofPattern(strict).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date, or null when the value does not fit. */
    static LocalDate parse(DateTimeFormatter formatter, String value) {
        try {
            return LocalDate.parse(value.strip(), formatter);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
