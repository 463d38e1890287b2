package app.nestegg.vault.exchange.ofx;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * OFX dates ({@code YYYYMMDD}, optionally followed by a time, fraction and {@code [-5:EST]} zone) as the calendar
 * date the bank printed. The time and zone are ignored on purpose: shifting to UTC would move evening transactions
 * to the next day.
 */
final class OfxDates {

    private OfxDates() {}

    /** The date, or null when the text does not start with eight digits forming a real date. */
    static LocalDate parse(String text) {
        String value = text.strip();
        if (value.length() < 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        if (value.length() > 8 && Character.isDigit(value.charAt(8)) && value.length() < 12) {
            return null;
        }
        int year = Integer.parseInt(value, 0, 4, 10);
        int month = Integer.parseInt(value, 4, 6, 10);
        int day = Integer.parseInt(value, 6, 8, 10);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
