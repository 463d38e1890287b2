package app.nestegg.vault;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.MfaEnrollment;
import app.nestegg.vault.security.Subkey;
import app.nestegg.vault.store.VaultFolder;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole journey (create, MFA, unlocks, failures, passphrase change, lock) while every log line goes to a file; then
 * every byte of every file in the vault folder and the log folder is searched for each secret, in UTF-8 and UTF-16.
 */
class SecretsOnDiskTest {

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();
    private FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender;

    @AfterEach
    void detachLogFile() {
        if (appender != null) {
            root().detachAppender(appender);
            appender.stop();
        }
    }

    @Test
    void noSecretAppearsInClearInTheVaultFolderOrTheLogs() throws Exception {
        Path folder = temp.resolve("vault");
        Path logs = temp.resolve("logs");
        logEverythingTo(logs.resolve("nest-egg.log"));

        CreatedVault created = vaults.service.create(folder, TestVaults.PASSPHRASE.toCharArray(), true);
        String recoveryKey = new String(created.recoveryKey());
        MfaEnrollment enrollment;
        try (VaultSession session = created.session()) {
            enrollment = session.beginMfa("alex");
            session.confirmMfa(vaults.codeFor(enrollment.otpauthUri()));
        }
        vaults.clock.advance(Duration.ofSeconds(31));
        String usedCode = vaults.codeFor(enrollment.otpauthUri());
        vaults.service
                .unlock(folder, TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.authenticatorCode(usedCode))
                .lock();
        try {
            vaults.service.unlock(folder, "a wrong passphrase entirely".toCharArray());
        } catch (WrongCredentialsException expected) {
            // recorded in the lockout file and later in the audit log
        }
        vaults.clock.advance(Duration.ofSeconds(31));
        try (VaultSession session = vaults.service
                .unlock(folder, TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.backupCode(
                        new String(enrollment.backupCodes().get(1))))) {
            session.changePassphrase(TestVaults.PASSPHRASE.toCharArray(), TestVaults.OTHER_PASSPHRASE.toCharArray());
        }

        List<String> secrets = new ArrayList<>();
        secrets.add(TestVaults.PASSPHRASE);
        secrets.add(TestVaults.OTHER_PASSPHRASE);
        secrets.add("a wrong passphrase entirely");
        secrets.add(recoveryKey);
        secrets.add(recoveryKey.replace("-", ""));
        byte[] totpSecret = TestVaults.secretOf(enrollment.otpauthUri());
        secrets.add(new Base32().encodeAsString(totpSecret).replace("=", ""));
        secrets.add(HexFormat.of().formatHex(totpSecret));
        for (char[] code : enrollment.backupCodes()) {
            secrets.add(new String(code));
            secrets.add(new String(code).replace("-", ""));
        }
        List<byte[]> rawSecrets = new ArrayList<>();
        rawSecrets.add(totpSecret);
        try (MasterKey key = KeyringFile.read(new VaultFolder(folder))
                .unwrapWithPassphrase(TestVaults.OTHER_PASSPHRASE.toCharArray())) {
            byte[] master = key.copyBytes();
            rawSecrets.add(master);
            secrets.add(HexFormat.of().formatHex(master));
            for (Subkey subkey : Subkey.values()) {
                if (subkey != Subkey.RECOVERY_WRAP) {
                    byte[] derived = key.subkey(subkey);
                    rawSecrets.add(derived);
                    secrets.add(HexFormat.of().formatHex(derived));
                }
            }
            secrets.add(new String(key.h2Password()).split(" ")[0]);
        }

        List<Path> files = filesUnder(folder, logs);
        assertThat(files).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
        assertThat(files).anyMatch(f -> f.getFileName().toString().endsWith(".log"));
        assertThat(Files.size(logs.resolve("nest-egg.log"))).isPositive();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String secret : secrets) {
                for (String form : List.of(secret, secret.toUpperCase(), secret.toLowerCase())) {
                    assertThat(indexOf(content, form.getBytes(StandardCharsets.UTF_8)))
                            .as("%s holds a secret in UTF-8", file)
                            .isNegative();
                    assertThat(indexOf(content, form.getBytes(StandardCharsets.UTF_16LE)))
                            .as("%s holds a secret in UTF-16LE", file)
                            .isNegative();
                    assertThat(indexOf(content, form.getBytes(StandardCharsets.UTF_16BE)))
                            .as("%s holds a secret in UTF-16BE", file)
                            .isNegative();
                }
            }
            for (byte[] raw : rawSecrets) {
                assertThat(indexOf(content, raw))
                        .as("%s holds raw key bytes", file)
                        .isNegative();
            }
        }
    }

    private void logEverythingTo(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %level %logger - %msg%n");
        encoder.start();
        appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        root().setLevel(Level.TRACE);
        root().addAppender(appender);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static List<Path> filesUnder(Path... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
