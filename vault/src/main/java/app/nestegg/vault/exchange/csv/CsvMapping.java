package app.nestegg.vault.exchange.csv;

import java.util.Objects;

/**
 * How the columns of one bank's CSV export become statement lines. Column numbers are 0-based; {@link #NONE} marks a
 * column the file does not have. A file has either one amount column or a debit and a credit column (debit is money
 * out, credit money in, both written as positive numbers). {@code invertSign} flips every amount, for card exports
 * that list charges as positive.
 *
 * @param skipLines lines before the header (or before the first row when there is no header)
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern such as {@code MM/dd/yyyy}
 * @param decimalSeparator {@code .} or {@code ,}; the other one is taken as the thousands separator
 */
public record CsvMapping(
        char delimiter,
        int skipLines,
        boolean header,
        int date,
        int amount,
        int debit,
        int credit,
        int payee,
        int memo,
        String dateFormat,
        char decimalSeparator,
        boolean invertSign) {

    public static final int NONE = -1;

    public CsvMapping {
        Objects.requireNonNull(dateFormat, "dateFormat");
        if (skipLines < 0) {
            throw new IllegalArgumentException("skipLines must not be negative");
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("The decimal separator must be '.' or ','");
        }
    }

    public boolean hasAmountColumn() {
        return amount != NONE;
    }

    public CsvMapping withInvertSign(boolean value) {
        return new CsvMapping(
                delimiter,
                skipLines,
                header,
                date,
                amount,
                debit,
                credit,
                payee,
                memo,
                dateFormat,
                decimalSeparator,
                value);
    }
}
