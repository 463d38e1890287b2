package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.desktop.LogConfiguration;
import app.nestegg.desktop.logs.LogSettings;
import app.nestegg.desktop.logs.RedactingEncoder;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole journey with every secret set to a known value — passphrase, recovery key, TOTP secret, backup codes, bank
 * access token and Plaid secret, export passphrase — logging at DEBUG through the app's own set-up into real files,
 * and ending in a crash report. Then every log file and report is searched for each secret in UTF-8, UTF-16LE and
 * UTF-16BE: none may be there.
 */
class LogsHoldNoSecretsJourneyTest {

    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    private static final String JSON_FILE = "nest-egg.json.log";
    private static final String EXPORT_PASSPHRASE = "amber walrus kettle sonnet 58";

    @RegisterExtension
    final FakePlaidExtension fake = new FakePlaidExtension();

    @TempDir
    Path root;

    CliRunner cli;
    final Map<String, String> secrets = new LinkedHashMap<>();
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private Level rootLevelBefore;

    @BeforeEach
    void logToRealFiles() {
        cli = new CliRunner(root);
        Logger rootLogger = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevelBefore = rootLogger.getLevel();
    }

    private void startLogging(LogSettings.Format format) {
        new LogSettings(LogSettings.Level.DEBUG, format).write(cli.logs);
        Logger rootLogger = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> console = rootLogger.getAppender("CONSOLE");
        if (console != null) {
            // The tests' console would print the whole DEBUG journey; the files are what is checked.
            console.addFilter(new ch.qos.logback.core.filter.Filter<>() {
                @Override
                public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
                    return event.getLevel().isGreaterOrEqual(Level.WARN) && rootLogger.getAppender("FILE") == null
                            ? ch.qos.logback.core.spi.FilterReply.NEUTRAL
                            : ch.qos.logback.core.spi.FilterReply.DENY;
                }
            });
        }
        LogConfiguration.writeTo(context, cli.logs, null);
    }

    /** The same journey's lines as JSON too, through the same redacting encoder the app uses for that format. */
    private void alsoWriteJsonLines() {
        JsonEncoder json = new JsonEncoder();
        json.setContext(context);
        RedactingEncoder redacting = new RedactingEncoder(json);
        redacting.setContext(context);
        redacting.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("JSON");
        file.setFile(cli.logs.resolve(JSON_FILE).toString());
        file.setEncoder(redacting);
        file.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(file);
    }

    @AfterEach
    void restoreTheTestsLogging() {
        Logger rootLogger = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (String name : List.of("FILE", "RECENT", "JSON")) {
            Appender<ILoggingEvent> appender = rootLogger.getAppender(name);
            if (appender != null) {
                rootLogger.detachAppender(appender);
                appender.stop();
            }
        }
        Appender<ILoggingEvent> console = rootLogger.getAppender("CONSOLE");
        if (console != null) {
            console.clearAllFilters();
        }
        rootLogger.setLevel(rootLevelBefore);
        for (String quiet : List.of("h2database", "org.flywaydb", "org.jooq")) {
            context.getLogger(quiet).setLevel(null);
        }
    }

    @Test
    void noLogFileOrCrashReportHoldsASecretOfTheJourney() throws IOException {
        startLogging(LogSettings.Format.TEXT);
        alsoWriteJsonLines();
        runTheJourney();

        List<Path> files = logFilesAndReports();
        assertThat(files).as("the journey wrote a log and a crash report").hasSizeGreaterThanOrEqualTo(2);
        assertThat(Files.readString(cli.logs.resolve("nest-egg.log"))).contains("DEBUG");
        assertThat(Files.readString(cli.logs.resolve(JSON_FILE))).contains("\"level\":\"DEBUG\"");
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(15);
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                for (Charset encoding : ENCODINGS) {
                    assertThat(indexOf(content, secret.getValue().getBytes(encoding)))
                            .as("%s in %s of %s", secret.getKey(), encoding, file.getFileName())
                            .isEqualTo(-1);
                }
            }
        }
    }

    private void runTheJourney() throws IOException {
        secrets.put("passphrase", CliRunner.PASSPHRASE);
        String recoveryKey = CliRunner.recoveryKey(cli.init().out());
        secrets.put("recovery key", recoveryKey);
        secrets.put("recovery key without dashes", recoveryKey.replace("-", ""));

        BankFixture bank = new BankFixture(cli, fake.server());
        bank.linkSandbox();
        secrets.put("access token", bank.lastAccessToken());
        secrets.put("Plaid secret", FakePlaidServer.SECRET);
        bank.ok("sync");
        bank.ok("import", sample("checking-ofx1-sgml.ofx").toString());
        bank.ok(
                "export",
                "--out",
                root.resolve("export.zip").toString(),
                "--encrypt",
                "--export-passphrase-file",
                cli.file(EXPORT_PASSPHRASE));
        secrets.put("export passphrase", EXPORT_PASSPHRASE);
        bank.ok("household", "identity", "--name", "Alice");
        bank.ok("household", "card", "--out", root.resolve("alice.card").toString());

        Result enable = cli.runUnlocked("mfa", "enable");
        byte[] totpSecret = CliRunner.totpSecret(enable.out());
        secrets.put("TOTP secret", new Base32().encodeAsString(totpSecret).replace("=", ""));
        List<String> backupCodes = CliRunner.backupCodes(enable.out());
        assertThat(backupCodes).hasSize(10);
        for (int i = 0; i < backupCodes.size(); i++) {
            secrets.put("backup code " + i, backupCodes.get(i));
        }
        ok(cli.runUnlocked("mfa", "confirm", "--code", cli.totp(totpSecret, 0)));
        cli.clock.advance(Duration.ofSeconds(60));
        ok(cli.runUnlocked("--totp", cli.totp(totpSecret, 0), "audit"));
        ok(cli.runUnlocked("--backup-code", backupCodes.getFirst(), "audit"));
        assertThat(cli.runWith("wrong horse battery staple 43", "--totp", "000000", "audit")
                        .code())
                .isEqualTo(3);

        cli.environment.put(Cli.VAULT_VARIABLE, "bad\0folder");
        Result crashed = cli.run("status");
        cli.environment.remove(Cli.VAULT_VARIABLE);
        assertThat(crashed.err()).contains("Crash report: ");
    }

    private static Result ok(Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = LogsHoldNoSecretsJourneyTest.class.getResourceAsStream("/samples/" + name)) {
            Path copy = root.resolve(name);
            Files.write(copy, in.readAllBytes());
            return copy;
        }
    }

    private List<Path> logFilesAndReports() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(cli.logs)) {
            all.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(LogSettings.FILE_NAME))
                    .forEach(files::add);
        }
        assertThat(files)
                .anySatisfy(file ->
                        assertThat(file.getParent().getFileName().toString()).isEqualTo("crash-reports"));
        return files;
    }

    private static int indexOf(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return Arrays.equals(needle, new byte[0]) ? 0 : -1;
    }
}
