package app.nestegg.cli;

import app.nestegg.vault.MutableClock;
import app.nestegg.vault.VaultEnvironment;
import app.nestegg.vault.security.KdfParameters;
import app.nestegg.vault.security.Totp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;

/**
 * Runs the command line in-process against real vault folders: a clock the test moves, a pacer that never sleeps, the
 * weakest accepted KDF so Argon2 stays fast, captured streams, and no terminal unless a test scripts one.
 */
final class CliRunner {

    static final String PASSPHRASE = "correct horse battery staple 42";
    static final String NEW_PASSPHRASE = "purple elephant juggling quietly 7";
    static final Instant START = Instant.parse("2030-01-15T10:00:10Z");

    private static final Pattern RECOVERY_KEY = Pattern.compile("([A-Z2-7]{4}-){7}[A-Z2-7]{4}");
    private static final Pattern SECRET = Pattern.compile("[?&]secret=([A-Z2-7]+)");
    private static final Pattern BACKUP_CODE = Pattern.compile("(?m)^ {2}([a-z2-9]{4}-[a-z2-9]{4})$");

    final Path root;
    final Path vault;
    final Path logs;
    final MutableClock clock = new MutableClock(START);
    final Map<String, String> environment = new HashMap<>();
    int termsVersion = 1;
    Terminal terminal;
    Browser browser = Browser.none();
    List<X509Certificate> bankAuthorities = List.of();
    byte[] standardInput = new byte[0];
    /** The files {@link #file} wrote for the test: input, not what the app wrote. */
    final Set<Path> inputFiles = new LinkedHashSet<>();

    CliRunner(Path root) {
        this.root = root;
        this.vault = root.resolve("vault");
        this.logs = root.resolve("logs");
    }

    /** One invocation, as a fresh process would make it (no state is kept between runs). */
    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(
                vaultEnvironment(),
                environment,
                root.resolve("default-vault"),
                new ByteArrayInputStream(standardInput),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Optional.ofNullable(terminal),
                ZoneOffset.UTC,
                browser,
                bankAuthorities);
        int code = NestEggCli.run(args, context);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The vault's outside world as each run sees it, for tests that also open the vault themselves. */
    VaultEnvironment vaultEnvironment() {
        return new VaultEnvironment(
                clock,
                moment -> {},
                new SecureRandom(),
                Duration.ofMillis(100),
                Optional.of(KdfParameters.MINIMUM),
                termsVersion,
                "test",
                Optional.of(logs));
    }

    /** Runs with {@code --vault} and {@code --passphrase-file} for {@code passphrase} put before the other arguments. */
    Result runWith(String passphrase, String... args) {
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString(), "--passphrase-file", file(passphrase)));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    Result runUnlocked(String... args) {
        return runWith(PASSPHRASE, args);
    }

    /** Creates the vault and returns the output of {@code init}, which holds the recovery key. */
    Result init() {
        Result result = runWith(PASSPHRASE, "--accept-terms", "init");
        if (result.code() != 0) {
            throw new AssertionError("init failed: " + result);
        }
        return result;
    }

    /** Writes {@code content} and a newline to a new file and returns its path. */
    String file(String content) {
        return file(content + "\n", "secret");
    }

    String file(String content, String prefix) {
        try {
            Path file = Files.createTempFile(root, prefix, ".txt");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            inputFiles.add(file);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String recoveryKey(String initOutput) {
        Matcher matcher = RECOVERY_KEY.matcher(initOutput);
        if (!matcher.find()) {
            throw new AssertionError("no recovery key in: " + initOutput);
        }
        return matcher.group();
    }

    static byte[] totpSecret(String enableOutput) {
        Matcher matcher = SECRET.matcher(enableOutput);
        if (!matcher.find()) {
            throw new AssertionError("no otpauth secret in: " + enableOutput);
        }
        return new Base32().decode(matcher.group(1));
    }

    static List<String> backupCodes(String output) {
        return BACKUP_CODE
                .matcher(output)
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    /** The authenticator code for the clock's current 30-second step, plus {@code stepsAhead}. */
    String totp(byte[] secret, int stepsAhead) {
        Totp totp = new Totp(clock);
        return totp.codeAt(secret, totp.currentStep() + stepsAhead);
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
