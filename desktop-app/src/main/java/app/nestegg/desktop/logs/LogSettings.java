package app.nestegg.desktop.logs;

import app.nestegg.vault.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The user's log level and format, kept in {@value #FILE_NAME} in the log folder: logging starts before the vault is
 * unlocked, so the setting cannot live in the vault (docs/decisions/0034-logs-and-crash-reports.md).
 */
public record LogSettings(Level level, Format format) {

    public static final String FILE_NAME = "log-settings.properties";
    public static final LogSettings DEFAULT = new LogSettings(Level.INFO, Format.TEXT);

    /** Two short lines are all the file holds; a larger one is not ours and is not read into memory. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    /** The levels offered to users, quietest first. */
    public enum Level {
        ERROR,
        WARN,
        INFO,
        DEBUG,
        TRACE;

        /** @throws BadInputException naming the value and the choices */
        public static Level parse(String text) {
            return parseEnum(Level.class, text, "log level");
        }
    }

    /** Plain text lines, or one JSON object a line for other tools. */
    public enum Format {
        TEXT,
        JSON;

        /** @throws BadInputException naming the value and the choices */
        public static Format parse(String text) {
            return parseEnum(Format.class, text, "log format");
        }
    }

    public LogSettings {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(format, "format");
    }

    public LogSettings withLevel(Level newLevel) {
        return new LogSettings(newLevel, format);
    }

    public LogSettings withFormat(Format newFormat) {
        return new LogSettings(level, newFormat);
    }

    /**
     * The settings in {@code folder}, or the default when there are none. A damaged or hand-edited file with unknown
     * values falls back to the default for that value: logging is not worth refusing to start over. A file larger than
     * {@link #MAX_FILE_BYTES} counts as damaged.
     */
    public static LogSettings read(Path folder) {
        Properties properties = new Properties();
        try {
            if (Files.size(folder.resolve(FILE_NAME)) > MAX_FILE_BYTES) {
                return DEFAULT;
            }
        } catch (IOException e) {
            return DEFAULT;
        }
        try (Reader reader = Files.newBufferedReader(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return DEFAULT;
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT;
        }
        return new LogSettings(
                orDefault(Level.class, properties.getProperty("level"), DEFAULT.level),
                orDefault(Format.class, properties.getProperty("format"), DEFAULT.format));
    }

    /** Writes these settings to {@code folder} (created if missing), replacing the file in one step. */
    public void write(Path folder) {
        Properties properties = new Properties();
        properties.setProperty("level", level.name());
        properties.setProperty("format", format.name());
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "log-settings", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Nest Egg log settings");
            }
            Files.move(
                    temporary,
                    folder.resolve(FILE_NAME),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the log settings in " + folder, e);
        }
    }

    private static <E extends Enum<E>> E orDefault(Class<E> type, String text, E fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String what) {
        E parsed = orDefault(type, text, null);
        if (parsed == null) {
            StringBuilder choices = new StringBuilder();
            for (E choice : type.getEnumConstants()) {
                choices.append(choices.isEmpty() ? "" : ", ")
                        .append(choice.name().toLowerCase(Locale.ROOT));
            }
            throw new BadInputException("'" + text + "' is not a " + what + "; choose one of " + choices);
        }
        return parsed;
    }
}
