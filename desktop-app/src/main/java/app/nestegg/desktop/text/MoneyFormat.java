package app.nestegg.desktop.text;

import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** Amounts and dates as the user's locale writes them, and amounts and dates read back from what they type. */
public final class MoneyFormat {

    private final Locale locale;
    private final DateTimeFormatter dateFormat;

    public MoneyFormat(Locale locale) {
        this.locale = locale;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** "$1,234.50", "-€12.00": the currency's symbol and decimals in the locale's pattern. */
    public String format(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.toDecimal());
    }

    /** A plain decimal in the locale ("1,234.50"), for fields the user edits. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** "March 2026": a month as a heading. */
    public String month(java.time.YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /**
     * Reads an amount typed in the locale ("1,234.50", "-12,5" in German) or plainly ("-12.50"); empty when the text
     * is blank or not a number.
     */
    public Optional<BigDecimal> parseAmount(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip().replace("\u00a0", "").replace(" ", "");
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(stripped, position);
        if (parsed != null && position.getIndex() == stripped.length()) {
            return Optional.of((BigDecimal) parsed);
        }
        try {
            return Optional.of(new BigDecimal(stripped));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads a date in the locale's medium style or as ISO ({@code 2026-03-01}); empty when it is neither. */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, dateFormat}) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
