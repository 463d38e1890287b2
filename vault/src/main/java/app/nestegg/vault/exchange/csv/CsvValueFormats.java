package app.nestegg.vault.exchange.csv;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The date format and decimal separator a column's values settle, or why they do not. */
final class CsvValueFormats {

    private static final List<DateTimeFormatter> FORMATTERS =
            CsvDates.CANDIDATES.stream().map(CsvDates::formatter).toList();

    private CsvValueFormats() {}

    static List<DateTimeFormatter> candidateFormatters() {
        return FORMATTERS;
    }

    /** The one candidate format every value fits, or null after adding the reason to {@code undecided}. */
    static String dateFormat(List<String> values, List<String> undecided) {
        if (values.isEmpty()) {
            undecided.add("the date format: the date column is empty");
            return null;
        }
        List<String> fitting = new ArrayList<>();
        for (int i = 0; i < FORMATTERS.size(); i++) {
            if (fitsAll(FORMATTERS.get(i), values)) {
                fitting.add(CsvDates.CANDIDATES.get(i));
            }
        }
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        if (fitting.isEmpty()) {
            undecided.add("the date format: '" + firstMisfit(values) + "' fits none of "
                    + String.join(", ", CsvDates.CANDIDATES));
        } else {
            undecided.add("the date format: " + values.get(0) + " fits both " + String.join(" and ", fitting));
        }
        return null;
    }

    /**
     * The separator after which a value has other than three digits, or the one a value repeats (thousands). '.'
     * when no value has a separator at all.
     */
    static char decimalSeparator(List<String> values, List<String> undecided) {
        boolean dot = false;
        boolean comma = false;
        String ambiguous = null;
        for (String value : values) {
            int lastDot = value.lastIndexOf('.');
            int lastComma = value.lastIndexOf(',');
            int last = Math.max(lastDot, lastComma);
            if (last < 0) {
                continue;
            }
            char separator = value.charAt(last);
            char other = separator == '.' ? ',' : '.';
            int digitsAfter = digitsAfter(value, last);
            if (value.indexOf(other) >= 0 || digitsAfter != 3) {
                dot |= separator == '.';
                comma |= separator == ',';
            } else if (value.indexOf(separator) != last) {
                dot |= other == '.';
                comma |= other == ',';
            } else if (ambiguous == null) {
                ambiguous = value;
            }
        }
        if (dot && comma) {
            undecided.add("the decimal separator: some amounts use '.' and others ','");
            return '.';
        }
        if (dot || comma) {
            return dot ? '.' : ',';
        }
        if (ambiguous != null) {
            undecided.add("the decimal separator: in '" + ambiguous + "' the separator may mark thousands or decimals");
        }
        return '.';
    }

    private static int digitsAfter(String value, int at) {
        int digits = 0;
        for (int i = at + 1; i < value.length() && Character.isDigit(value.charAt(i)); i++) {
            digits++;
        }
        return digits;
    }

    private static boolean fitsAll(DateTimeFormatter formatter, List<String> values) {
        for (String value : values) {
            if (CsvDates.parse(formatter, value) == null) {
                return false;
            }
        }
        return true;
    }

    private static String firstMisfit(List<String> values) {
        for (String value : values) {
            boolean fits = false;
            for (DateTimeFormatter formatter : FORMATTERS) {
                fits |= CsvDates.parse(formatter, value) != null;
            }
            if (!fits) {
                return value;
            }
        }
        return values.get(0);
    }
}
