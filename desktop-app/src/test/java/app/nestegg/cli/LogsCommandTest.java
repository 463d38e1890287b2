package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.desktop.logs.LogSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsCommandTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
    }

    @Test
    void logsShowsTheFoldersAndTheDefaultsWithoutAVault() {
        Result shown = cli.run("logs");

        assertThat(shown.code()).as(shown.toString()).isZero();
        assertThat(shown.out())
                .contains("Log folder:", cli.logs.toString())
                .contains("Crash reports:", cli.logs.resolve("crash-reports").toString())
                .containsPattern("Level:\\s+info")
                .containsPattern("Format:\\s+text");
        assertThat(cli.run("logs", "path").out().strip()).isEqualTo(cli.logs.toString());
    }

    @Test
    void levelAndFormatAreSavedInTheLogFolderForTheNextStart() {
        Result level = cli.run("logs", "level", "DEBUG");
        Result format = cli.run("logs", "format", "json");

        assertThat(level.code()).as(level.toString()).isZero();
        assertThat(level.out()).contains("The log level is now debug");
        assertThat(format.out()).contains("The log format is now json");
        assertThat(LogSettings.read(cli.logs))
                .isEqualTo(new LogSettings(LogSettings.Level.DEBUG, LogSettings.Format.JSON));
        assertThat(cli.run("logs", "level").out().strip()).isEqualTo("debug");
        assertThat(cli.run("--json", "logs").out()).contains("\"level\" : \"debug\"", "\"format\" : \"json\"");
    }

    @Test
    void anUnknownLevelOrFormatIsAUsageErrorThatNamesTheChoicesAndChangesNothing() {
        Result level = cli.run("logs", "level", "loud");
        Result format = cli.run("logs", "format", "xml");

        assertThat(level.code()).isEqualTo(2);
        assertThat(level.err()).contains("'loud' is not a log level; choose one of error, warn, info, debug, trace");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("'xml' is not a log format; choose one of text, json");
        assertThat(cli.logs.resolve(LogSettings.FILE_NAME)).doesNotExist();
    }

    @Test
    void aCrashPrintsOneLineAndTheReportPathAndExitsOne() throws Exception {
        cli.environment.put(Cli.VAULT_VARIABLE, "bad\0folder");

        Result crashed = cli.run("status");

        assertThat(crashed.code()).as(crashed.toString()).isEqualTo(1);
        assertThat(crashed.err().lines())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("Nest Egg stopped on an unexpected error: ");
        assertThat(crashed.err()).doesNotContain("\tat ");
        Path report = Path.of(crashed.err().lines().toList().get(1).replace("Crash report: ", ""));
        assertThat(report.getParent()).isEqualTo(cli.logs.resolve("crash-reports"));
        assertThat(Files.readString(report))
                .contains("Nest Egg crash report", "App version:", "java.nio.file.InvalidPathException");
    }
}
