package app.nestegg.cli;

import app.nestegg.desktop.LogConfiguration;
import app.nestegg.desktop.logs.LogSettings;
import app.nestegg.desktop.logs.RedactingEncoder;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The test JVM's logging pointed, through the app's own set-up, at real files in a log folder at DEBUG — as text, and
 * as JSON lines through the same redacting encoder the app uses for that format — and restored afterwards.
 */
final class DebugLogFiles implements AutoCloseable {

    static final String TEXT_FILE = "nest-egg.log";
    static final String JSON_FILE = "nest-egg.json.log";

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level levelBefore = root.getLevel();

    private DebugLogFiles() {}

    /** Starts logging at DEBUG into {@code folder}, as the app would with that level saved in its settings. */
    static DebugLogFiles into(Path folder) {
        DebugLogFiles logs = new DebugLogFiles();
        new LogSettings(LogSettings.Level.DEBUG, LogSettings.Format.TEXT).write(folder);
        logs.quietConsole();
        LogConfiguration.writeTo(logs.context, folder, null);
        logs.alsoWriteJsonLines(folder);
        return logs;
    }

    private void quietConsole() {
        Appender<ILoggingEvent> console = root.getAppender("CONSOLE");
        if (console != null) {
            // The tests' console would print the whole DEBUG journey; the files are what is checked.
            console.addFilter(new Filter<>() {
                @Override
                public FilterReply decide(ILoggingEvent event) {
                    return event.getLevel().isGreaterOrEqual(Level.WARN) && root.getAppender("FILE") == null
                            ? FilterReply.NEUTRAL
                            : FilterReply.DENY;
                }
            });
        }
    }

    private void alsoWriteJsonLines(Path folder) {
        JsonEncoder json = new JsonEncoder();
        json.setContext(context);
        RedactingEncoder redacting = new RedactingEncoder(json);
        redacting.setContext(context);
        redacting.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("JSON");
        file.setFile(folder.resolve(JSON_FILE).toString());
        file.setEncoder(redacting);
        file.start();
        root.addAppender(file);
    }

    /** Puts the test JVM's logging back as it was. */
    @Override
    public void close() {
        for (String name : List.of("FILE", "RECENT", "JSON")) {
            Appender<ILoggingEvent> appender = root.getAppender(name);
            if (appender != null) {
                root.detachAppender(appender);
                appender.stop();
            }
        }
        Appender<ILoggingEvent> console = root.getAppender("CONSOLE");
        if (console != null) {
            console.clearAllFilters();
        }
        root.setLevel(levelBefore);
        for (String quiet : List.of("h2database", "org.flywaydb", "org.jooq")) {
            context.getLogger(quiet).setLevel(null);
        }
    }
}
