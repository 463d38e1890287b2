package app.nestegg.desktop;

import app.nestegg.desktop.logs.LogSettings;
import app.nestegg.desktop.logs.RecentLogLines;
import app.nestegg.desktop.logs.RedactingEncoder;
import app.nestegg.sync.jobs.Scheduler;
import app.nestegg.vault.ArchitectureExemption;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's log set-up, built in code rather than read from {@code logback.xml}: a rolling file in the platform's log
 * folder (10 MB a file, 14 days, 100 MB in all) in text or JSON lines, every line passed through the secret redaction,
 * quiet database libraries, and the level and format the user chose ({@link LogSettings}; {@code nestegg.logLevel}
 * overrides the level). See docs/logs.md.
 * Parsing an XML configuration cost several hundred milliseconds of every start. A {@code logback-test.xml} on the class
 * path (the tests') or a {@code -Dlogback.configurationFile} still wins: then this steps aside.
 */
@ArchitectureExemption(
        rule = "loggingOnlyThroughSlf4j",
        reason = "the one place that configures the SLF4J back end; nothing here writes a log line")
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** The MDC keys a background job's lines carry; the scheduler in sync-core sets them. */
    public static final String JOB_KEY = Scheduler.JOB_MDC_KEY;

    public static final String RUN_KEY = Scheduler.RUN_MDC_KEY;

    static final String FILE_APPENDER = "FILE";

    /** The text line; a background job's lines carry its job name and run id from the MDC. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread]" + "%replace( [job=%X{" + JOB_KEY
            + "} run=%X{" + RUN_KEY + "}]){' \\[job= run=\\]', ''} %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path folder = Path.of(System.getProperty(
                "nestegg.logs",
                Path.of(System.getProperty("java.io.tmpdir"), "nest-egg-logs").toString()));
        writeTo(context, folder, System.getProperty("nestegg.logLevel"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sends {@code context}'s log to a rolling file in {@code folder}, in the level and format of the folder's {@link
     * LogSettings}; {@code levelOverride} (the {@code nestegg.logLevel} property), when it names a level, wins over the
     * saved one. The newest lines are also kept in memory for a crash report.
     */
    public static void writeTo(LoggerContext context, Path folder, String levelOverride) {
        LogSettings settings = LogSettings.read(folder);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(fileAppender(context, folder, settings.format()));
        RecentLogLines recent = new RecentLogLines(new RedactingEncoder(textEncoder(context)));
        recent.setContext(context);
        recent.start();
        root.addAppender(recent);
        for (String quiet : new String[] {"h2database", "org.flywaydb", "org.jooq"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        root.setLevel(
                Level.toLevel(levelOverride, Level.toLevel(settings.level().name())));
    }

    /**
     * Applies changed settings to a running log set-up at once: the level, and the file's format from the next line
     * on. A context this class did not configure (the tests' own) only takes the level.
     */
    public static void apply(LoggerContext context, Path folder, LogSettings settings) {
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(settings.level().name()));
        Appender<ILoggingEvent> old = root.getAppender(FILE_APPENDER);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
            root.addAppender(fileAppender(context, folder, settings.format()));
        }
    }

    /**
     * Applies changed settings to the app's running log set-up; one the app did not make (the tests', or one named by
     * {@code -Dlogback.configurationFile}) is left alone.
     */
    public static void applyToRunningApp(Path folder, LogSettings settings) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(FILE_APPENDER) != null) {
            apply(context, folder, settings);
        }
    }

    private static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogSettings.Format format) {
        Encoder<ILoggingEvent> inner;
        if (format == LogSettings.Format.JSON) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            json.start();
            inner = json;
        } else {
            inner = textEncoder(context);
        }
        RedactingEncoder redacting = new RedactingEncoder(inner);
        redacting.setContext(context);
        redacting.start();
        return redacting;
    }

    private static Appender<ILoggingEvent> fileAppender(LoggerContext context, Path folder, LogSettings.Format format) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(FILE_APPENDER);
        file.setFile(folder.resolve("nest-egg.log").toString());
        file.setEncoder(encoder(context, format));
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(
                folder.resolve("nest-egg.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();
        return file;
    }
}
