package app.nestegg.vault.exchange;

import java.math.BigDecimal;

/**
 * Amounts as statement files print them: an optional sign (leading, trailing or parentheses), digits grouped by the
 * thousands separator in groups of three, and the decimal separator. Hand-written rather than a regular expression
 * because it runs once per row of files with 100,000 rows.
 */
public final class AmountText {

    private AmountText() {}

    /** The amount, or null when the text is not one with this decimal separator. */
    public static BigDecimal parse(String text, char decimalSeparator) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        if (end - start >= 2 && text.charAt(start) == '(' && text.charAt(end - 1) == ')') {
            negative = true;
            start++;
            end--;
        }
        start = skipCurrency(text, start, end, true);
        end = skipCurrency(text, start, end, false);
        if (start < end && (text.charAt(start) == '-' || text.charAt(start) == '+')) {
            negative ^= text.charAt(start) == '-';
            start++;
        } else if (start < end && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == '+')) {
            negative ^= text.charAt(end - 1) == '-';
            end--;
        }
        start = skipCurrency(text, start, end, true);
        end = skipCurrency(text, start, end, false);
        return digits(text, start, end, decimalSeparator, negative);
    }

    /**
     * For formats that do not say which separator they use (OFX {@code TRNAMT}): with both, the last one is the
     * decimal separator; a lone comma is one unless exactly three digits follow it.
     */
    public static BigDecimal parseEitherSeparator(String text) {
        if (text == null) {
            return null;
        }
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        boolean commaDecimal = comma > dot && (dot >= 0 || !followedByThreeDigits(text, comma));
        return parse(text, commaDecimal ? ',' : '.');
    }

    private static boolean followedByThreeDigits(String text, int at) {
        int digits = 0;
        for (int i = at + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            digits++;
        }
        return digits == 3;
    }

    private static BigDecimal digits(String text, int start, int end, char decimalSeparator, boolean negative) {
        char thousands = decimalSeparator == '.' ? ',' : '.';
        char[] out = new char[end - start + 2];
        int n = 0;
        if (negative) {
            out[n++] = '-';
        }
        int digitsInGroup = 0;
        int groups = 0;
        boolean seenDecimal = false;
        int digitCount = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out[n++] = c;
                digitsInGroup++;
                digitCount++;
            } else if (c == decimalSeparator && !seenDecimal) {
                if (groups > 0 && digitsInGroup != 3) {
                    return null;
                }
                seenDecimal = true;
                out[n++] = '.';
                digitsInGroup = 0;
            } else if (!seenDecimal && (c == thousands || c == '\'' || c == ' ' || c == '\u00a0' || c == '\u202f')) {
                if (digitsInGroup == 0 || (groups > 0 && digitsInGroup != 3) || digitsInGroup > 3) {
                    return null;
                }
                groups++;
                digitsInGroup = 0;
            } else {
                return null;
            }
        }
        if (digitCount == 0 || (!seenDecimal && groups > 0 && digitsInGroup != 3)) {
            return null;
        }
        if (digitCount > 30) {
            return null;
        }
        return new BigDecimal(out, 0, n);
    }

    private static int skipCurrency(String text, int start, int end, boolean fromStart) {
        int s = start;
        int e = end;
        while (s < e) {
            char c = fromStart ? text.charAt(s) : text.charAt(e - 1);
            if (c == '$' || c == '€' || c == '£' || isSpace(c)) {
                if (fromStart) {
                    s++;
                } else {
                    e--;
                }
            } else {
                break;
            }
        }
        return fromStart ? s : e;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u202f';
    }
}
