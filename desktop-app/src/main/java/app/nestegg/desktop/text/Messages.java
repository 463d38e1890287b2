package app.nestegg.desktop.text;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's words, from {@code app/nestegg/desktop/messages.properties}, and how times are written. */
public final class Messages {

    public static final String BUNDLE = "app.nestegg.desktop.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateTimeFormat;

    public Messages(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
        this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        this.dateTimeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
    }

    /** The text for {@code key}, as written in the bundle. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No UI text for key " + key, e);
        }
    }

    /** The text for {@code key} with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    public String time(Instant instant) {
        return timeFormat.format(instant);
    }

    public String dateTime(Instant instant) {
        return dateTimeFormat.format(instant);
    }

    /** A countdown as {@code m:ss}, or {@code h:mm:ss} from an hour on; negative durations count as zero. */
    public String countdown(Duration remaining) {
        long seconds = Math.max(0, (remaining.toMillis() + 999) / 1000);
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0
                ? String.format(locale, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(locale, "%d:%02d", minutes, rest);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
