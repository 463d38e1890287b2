package app.nestegg.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.logs.LogSettings;
import app.nestegg.desktop.logs.RecentLogLines;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    private static final String TOKEN = "access-sandbox-7e2b9c41-never-in-clear";
    private static final String TELLER = "token_tellersecret42";

    @ParameterizedTest
    @EnumSource(LogSettings.Format.class)
    void secretsAreRedactedInTheMessageArgumentsAndExceptionCausesOfEitherFormat(LogSettings.Format format)
            throws IOException {
        new LogSettings(LogSettings.Level.INFO, format).write(logs);
        LoggerContext context = newContext();
        LogConfiguration.writeTo(context, logs, null);
        ch.qos.logback.classic.Logger log = context.getLogger("app.nestegg.sync.Linker");
        log.info("linked " + TOKEN);
        log.info("exchanged {} for {}", "public-sandbox-1234-abcd", TELLER);
        log.error("sync failed", new IllegalStateException("outer", new java.io.IOException("Plaid refused " + TOKEN)));
        context.stop();

        String written = Files.readString(logs.resolve("nest-egg.log"));
        assertThat(written)
                .contains("access-sandbox-[hidden]", "public-sandbox-[hidden]", "token_[hidden]", "Plaid refused")
                .doesNotContain(TOKEN, "1234-abcd", TELLER);
        if (format == LogSettings.Format.JSON) {
            assertThat(written.lines())
                    .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        }
    }

    @Test
    void aJobsLinesCarryItsNameAndRunIdInTextAndJson() throws IOException {
        LoggerContext context = newContext();
        LogConfiguration.writeTo(context, logs, null);
        context.getMDCAdapter().put(LogConfiguration.JOB_KEY, "bank-sync");
        context.getMDCAdapter().put(LogConfiguration.RUN_KEY, "0193a5b2-run");
        context.getLogger("app.nestegg.sync.jobs.Scheduler").info("inside the job");
        context.getMDCAdapter().clear();
        context.getLogger("app.nestegg.vault.VaultService").info("outside any job");
        LogConfiguration.apply(context, logs, new LogSettings(LogSettings.Level.INFO, LogSettings.Format.JSON));
        context.getMDCAdapter().put(LogConfiguration.JOB_KEY, "bank-sync");
        context.getMDCAdapter().put(LogConfiguration.RUN_KEY, "0193a5b2-run");
        context.getLogger("app.nestegg.sync.jobs.Scheduler").info("inside as json");
        context.getMDCAdapter().clear();
        context.stop();

        List<String> lines = Files.readAllLines(logs.resolve("nest-egg.log"));
        assertThat(lines.get(0)).contains("[job=bank-sync run=0193a5b2-run] app.nestegg.sync.jobs.Scheduler");
        assertThat(lines.get(1)).doesNotContain("job=").contains("] app.nestegg.vault.VaultService - outside");
        assertThat(lines.get(2))
                .startsWith("{")
                .contains("\"job\":\"bank-sync\"", "\"run\":\"0193a5b2-run\"", "inside as json");
    }

    @Test
    void theSavedLevelAppliesAtStartAndAChangeAppliesAtOnce() throws IOException {
        new LogSettings(LogSettings.Level.WARN, LogSettings.Format.TEXT).write(logs);
        LoggerContext context = newContext();
        LogConfiguration.writeTo(context, logs, null);
        context.getLogger("x").info("quiet at warn");
        LogConfiguration.apply(context, logs, new LogSettings(LogSettings.Level.DEBUG, LogSettings.Format.TEXT));
        context.getLogger("x").debug("heard at debug");
        context.stop();

        assertThat(Files.readString(logs.resolve("nest-egg.log")))
                .contains("heard at debug")
                .doesNotContain("quiet at warn");
    }

    @Test
    void theLevelPropertyWinsOverTheSavedLevel() throws IOException {
        new LogSettings(LogSettings.Level.ERROR, LogSettings.Format.TEXT).write(logs);
        LoggerContext context = newContext();
        LogConfiguration.writeTo(context, logs, "DEBUG");
        context.getLogger("x").debug("debug from the property");
        context.stop();

        assertThat(Files.readString(logs.resolve("nest-egg.log"))).contains("debug from the property");
    }

    @Test
    void theNewestLinesAreKeptRedactedForACrashReport() {
        LoggerContext context = newContext();
        LogConfiguration.writeTo(context, logs, null);
        for (int i = 0; i < RecentLogLines.KEPT + 5; i++) {
            context.getLogger("x").info("line {} {}", i, TOKEN);
        }
        RecentLogLines recent = (RecentLogLines)
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(RecentLogLines.NAME);
        List<String> lines = recent.lines();
        context.stop();

        assertThat(lines).hasSize(RecentLogLines.KEPT);
        assertThat(lines.getFirst()).contains("line 5 access-sandbox-[hidden]");
        assertThat(lines.getLast()).contains("line 204 ");
        assertThat(String.join("", lines)).doesNotContain(TOKEN);
    }
}
