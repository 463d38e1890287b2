package app.nestegg.vault.ledger;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by ledger inputs: text lengths, no control characters, tag spelling and the date range. */
public final class LedgerText {

    /** The ledger holds dates in these years; anything else is a typing slip or a broken file. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_\\-./&+]{1,50}");

    private LedgerText() {}

    /** Stripped, non-empty text of at most {@code max} characters without control characters. */
    public static String required(String text, String field, int max) {
        String value = optional(text, field, max);
        if (value == null) {
            throw new LedgerInputException(field, capitalised(field) + " is empty");
        }
        return value;
    }

    /** Stripped text, or null when blank; at most {@code max} characters, no control characters except in notes. */
    public static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new LedgerInputException(
                    field, capitalised(field) + " is " + value.length() + " characters long; at most " + max);
        }
        if (!"notes".equals(field) && CONTROL.matcher(value).find()) {
            throw new LedgerInputException(field, capitalised(field) + " contains a control character");
        }
        return value;
    }

    public static LocalDate date(LocalDate date, String field) {
        if (date == null) {
            throw new LedgerInputException(field, capitalised(field) + " is missing");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new LedgerInputException(
                    field, capitalised(field) + " " + date + " is outside " + EARLIEST + " to " + LATEST);
        }
        return date;
    }

    /** Tags: letters, digits and {@code _-./&+}, up to 50 characters each, kept in the order given, no repeats. */
    public static Set<String> tags(Set<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags == null ? Set.<String>of() : tags) {
            String value = tag == null ? "" : tag.strip();
            if (!TAG.matcher(value).matches()) {
                throw new LedgerInputException(
                        "tags", "Tag '" + tag + "' must be 1 to 50 letters, digits or _-./&+ (no spaces or commas)");
            }
            clean.add(value);
        }
        return clean;
    }

    static String joinTags(Set<String> tags) {
        return tags.isEmpty() ? null : String.join(",", tags);
    }

    static Set<String> splitTags(String stored) {
        Set<String> tags = new LinkedHashSet<>();
        if (stored != null && !stored.isEmpty()) {
            tags.addAll(java.util.List.of(stored.split(",")));
        }
        return tags;
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
