package app.nestegg.desktop;

import app.nestegg.vault.ArchitectureExemption;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The app's log set-up, built in code rather than read from {@code logback.xml}: a rolling file in the platform's log
 * folder (10 MB a file, 14 days, 100 MB in all), quiet database libraries, and the level from {@code nestegg.logLevel}.
 * Parsing an XML configuration cost several hundred milliseconds of every start. A {@code logback-test.xml} on the class
 * path (the tests') or a {@code -Dlogback.configurationFile} still wins: then this steps aside.
 */
@ArchitectureExemption(
        rule = "loggingOnlyThroughSlf4j",
        reason = "the one place that configures the SLF4J back end; nothing here writes a log line")
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

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

    /** Sends {@code context}'s log to a rolling file in {@code folder}; {@code level} null or unknown means INFO. */
    static void writeTo(LoggerContext context, Path folder, String level) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("nest-egg.log").toString());
        file.setEncoder(encoder);
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

        for (String quiet : new String[] {"h2database", "org.flywaydb", "org.jooq"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(level, Level.INFO));
        root.addAppender(file);
    }
}
