package app.nestegg.vault.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The vault opens H2 with {@code TRACE_LEVEL_FILE=4}: H2's trace goes to SLF4J, so to the app's own log. */
class H2TraceThroughSlf4jTest {

    @TempDir
    Path folder;

    @Test
    void h2TraceLinesReachSlf4jUnderTheH2databaseLogger() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger h2 = context.getLogger("h2database");
        Level before = h2.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        h2.addAppender(captured);
        h2.setLevel(Level.DEBUG);
        try {
            TestVaults vaults = new TestVaults();
            try (VaultSession session = vaults.create(folder)) {
                assertThat(session).isNotNull();
            }
        } finally {
            h2.detachAppender(captured);
            h2.setLevel(before);
        }

        assertThat(captured.list).isNotEmpty();
        assertThat(captured.list)
                .allSatisfy(event -> assertThat(event.getLoggerName()).startsWith("h2database"));
        assertThat(captured.list)
                .noneSatisfy(event -> assertThat(event.getFormattedMessage()).contains(TestVaults.PASSPHRASE));
    }
}
