package app.nestegg.vault.exchange.qif;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * QIF dates, month first as Quicken writes them in the US: {@code 1/ 5'24}, {@code 01/10/2024}, {@code 1/2/24},
 * {@code 12/31' 5}, and ISO {@code 2024-01-02}. Quicken writes the years 2000 and later with an apostrophe, so a
 * two-digit year after an apostrophe is 20yy; after a slash or dash it is 20yy below 70 and 19yy from 70 up.
 */
final class QifDates {

    static final int PIVOT = 70;

    private QifDates() {}

    /** The date, or null when the text is not a QIF date. */
    static LocalDate parse(String text) {
        String value = text.strip();
        int[] numbers = new int[3];
        int[] digits = new int[3];
        char[] separators = new char[2];
        int part = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits[part] >= 4) {
                    return null;
                }
                numbers[part] = numbers[part] * 10 + (c - '0');
                digits[part]++;
            } else if (c == ' ') {
                if (digits[part] > 0 && i + 1 < value.length() && Character.isDigit(value.charAt(i + 1))) {
                    return null;
                }
            } else if (c == '/' || c == '\'' || c == '-' || c == '.') {
                if (part == 2 || digits[part] == 0) {
                    return null;
                }
                separators[part] = c;
                part++;
            } else {
                return null;
            }
        }
        if (part != 2 || digits[2] == 0) {
            return null;
        }
        try {
            if (digits[0] == 4) {
                return LocalDate.of(numbers[0], numbers[1], numbers[2]);
            }
            if (digits[0] > 2 || digits[1] > 2 || digits[2] == 3) {
                return null;
            }
            return LocalDate.of(year(numbers[2], digits[2], separators[1]), numbers[0], numbers[1]);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static int year(int number, int digitCount, char separator) {
        if (digitCount == 4) {
            return number;
        }
        if (separator == '\'' || number < PIVOT) {
            return 2000 + number;
        }
        return 1900 + number;
    }
}
