package app.nestegg.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfigurationTest {

    @TempDir
    Path logs;

    /** A context as Logback's SLF4J provider makes one, before any configuration. */
    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    @Test
    void writesInfoAndAboveToTheRollingFileInTheLogFolder() throws IOException {
        LoggerContext context = newContext();
        LogConfiguration.writeTo(context, logs, null);
        context.getLogger("app.nestegg.vault.VaultService").info("vault opened");
        context.getLogger("app.nestegg.vault.VaultService").debug("a detail");
        context.stop();

        assertThat(Files.readString(logs.resolve("nest-egg.log")))
                .containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}.* INFO  \\[.*] "
                        + "app\\.nestegg\\.vault\\.VaultService - vault opened")
                .doesNotContain("a detail");
    }

    @Test
    void theLevelPropertyOpensDebugButDatabaseLibrariesStayQuiet() throws IOException {
        LoggerContext context = newContext();
        LogConfiguration.writeTo(context, logs, "DEBUG");
        context.getLogger("app.nestegg.sync").debug("page applied");
        context.getLogger("org.jooq.tools.LoggerListener").info("select * from account");
        context.getLogger("org.flywaydb.core").warn("migration warning");
        context.stop();

        assertThat(Files.readString(logs.resolve("nest-egg.log")))
                .contains("page applied", "migration warning")
                .doesNotContain("select * from account");
    }

    @Test
    void anUnknownLevelMeansInfo() throws IOException {
        LoggerContext context = newContext();
        LogConfiguration.writeTo(context, logs, "LOUD");
        context.getLogger("x").debug("hidden");
        context.getLogger("x").info("shown");
        context.stop();

        assertThat(Files.readString(logs.resolve("nest-egg.log")))
                .contains("shown")
                .doesNotContain("hidden");
    }
}
