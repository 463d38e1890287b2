package app.nestegg.desktop.logs;

import app.nestegg.vault.ArchitectureExemption;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the newest {@value #KEPT} log events in memory, already formatted and redacted, for a crash report: the report
 * then needs no file reading at the moment the app is failing.
 */
@ArchitectureExemption(
        rule = "loggingOnlyThroughSlf4j",
        reason = "a Logback appender, part of the SLF4J back end; it writes no log line of its own")
public final class RecentLogLines extends AppenderBase<ILoggingEvent> {

    public static final String NAME = "RECENT";
    public static final int KEPT = 200;

    private final Encoder<ILoggingEvent> encoder;
    private final ArrayDeque<String> lines = new ArrayDeque<>(KEPT);

    public RecentLogLines(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
        setName(NAME);
    }

    @Override
    public void start() {
        encoder.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        // AppenderBase.doAppend holds this appender's lock, so the deque needs no other.
        if (lines.size() == KEPT) {
            lines.removeFirst();
        }
        lines.addLast(new String(encoder.encode(event), StandardCharsets.UTF_8));
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines kept by the running log set-up, or none when logging was configured elsewhere (tests' own set-up). */
    public static List<String> current() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            Appender<ILoggingEvent> appender =
                    context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(NAME);
            if (appender instanceof RecentLogLines recent) {
                return recent.lines();
            }
        }
        return List.of();
    }
}
