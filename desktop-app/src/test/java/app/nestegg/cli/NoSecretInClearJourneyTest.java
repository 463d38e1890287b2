package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.fake.teller.FakeTellerAccount;
import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.fake.teller.FakeTellerConnect;
import app.nestegg.sync.fake.teller.FakeTellerServer;
import app.nestegg.sync.fake.teller.FakeTellerTransaction;
import app.nestegg.sync.teller.TellerSettings;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.security.RecoveryKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One journey through the real command line with every secret known to the test — three passphrases, the recovery
 * key, the TOTP secret and backup codes, the master key and its subkeys, Plaid's secret, link, public and access
 * tokens, Teller's access token and client key, the export passphrase, both members' Ed25519 and age keys — logging at
 * DEBUG into real files, with a command in a child process and a crash at the end. Then every file the app wrote (both
 * vaults, backups, logs, crash reports, exports, cards, bundles, the child's output and temporary folder), every
 * command line the child process had, and every page handed to the browser are searched for each secret in every form
 * (see {@link SecretScan}): none may be there. docs/reliability.md, "Secrets", says what is covered and why.
 */
class NoSecretInClearJourneyTest {

    private static final String EXPORT_PASSPHRASE = "amber walrus kettle sonnet 58";
    private static final String RECOVERED_PASSPHRASE = "velvet orchard mosaic thunder 61";
    private static final Duration NEXT_STEP = Duration.ofSeconds(30);

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    @TempDir
    Path root;

    Path inputs;
    CliRunner alice;
    CliRunner bob;
    FakeTellerServer teller;
    DebugLogFiles logs;
    byte[] totpSecret;
    List<String> backupCodes;
    String recoveryKey;
    final SecretScan secrets = new SecretScan();
    final List<String> commandLines = new ArrayList<>();
    final List<URI> browserPages = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        inputs = Files.createDirectory(root.resolve("inputs"));
        alice = new CliRunner(Files.createDirectory(root.resolve("alice")));
        bob = new CliRunner(Files.createDirectory(root.resolve("bob")));
        logs = DebugLogFiles.into(alice.logs);
    }

    @AfterEach
    void tearDown() {
        logs.close();
        if (teller != null) {
            teller.close();
        }
    }

    /** One journey in CI; {@code -Dnestegg.secrets.journeys=N} repeats it with fresh vaults, keys and tokens. */
    static IntStream journeys() {
        return IntStream.rangeClosed(1, Integer.getInteger("nestegg.secrets.journeys", 1));
    }

    @ParameterizedTest(name = "journey {0}")
    @MethodSource("journeys")
    void noFileCommandLineOrBrowserPageHoldsASecretOfTheJourney(int journey) throws Exception {
        initWithTwoStepUnlock();
        linkAndSyncBothBanks();
        importAndExport();
        householdBetweenTwoVaults();
        VaultKeySecrets.add(secrets, "Alice's", alice, CliRunner.PASSPHRASE, totp());
        VaultKeySecrets.add(secrets, "Bob's", bob, CliRunner.PASSPHRASE, SecondFactor.none());
        backupNowInAChildProcess();
        changeAndRecoverThePassphrase();
        crash();

        List<Path> files = filesTheAppWrote();
        assertThat(secrets.names()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(files)
                .extracting(file -> file.getFileName().toString())
                .contains(
                        "vault.mv.db",
                        "keyring.json",
                        "lockout.json",
                        DebugLogFiles.TEXT_FILE,
                        DebugLogFiles.JSON_FILE);
        assertThat(files).anySatisfy(file -> assertThat(file.toString()).contains("crash-reports"));
        assertThat(files).anySatisfy(file -> assertThat(file.toString()).contains("backups"));
        assertThat(Files.readString(alice.logs.resolve(DebugLogFiles.TEXT_FILE)))
                .contains("DEBUG");
        assertThat(commandLines)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("backup now"));
        assertThat(browserPages).hasSize(2);

        assertThat(secrets.inFiles(alice.inputFiles))
                .as("the scan finds what the test itself wrote: the passphrase files")
                .anySatisfy(found -> assertThat(found.secret()).isEqualTo("passphrase"));
        assertThat(secrets.inFiles(files)).isEmpty();
        for (String line : commandLines) {
            assertThat(secrets.inText("command line " + line, line)).isEmpty();
        }
        for (URI page : browserPages) {
            assertThat(secrets.inText("browser page " + page, page.toString())).isEmpty();
        }
    }

    private void initWithTwoStepUnlock() {
        secrets.text("passphrase", CliRunner.PASSPHRASE);
        String recoveryKey = CliRunner.recoveryKey(alice.init().out());
        secrets.text("recovery key", recoveryKey);
        secrets.text("recovery key without dashes", recoveryKey.replace("-", ""));
        secrets.bytes("recovery key's bytes", new Base32().decode(recoveryKey.replace("-", "")));
        try (RecoveryKey parsed = RecoveryKey.parse(recoveryKey.toCharArray())) {
            secrets.bytes("recovery wrap key", parsed.wrapKey());
        }
        Result enable = ok(alice.runUnlocked("mfa", "enable"));
        totpSecret = CliRunner.totpSecret(enable.out());
        secrets.bytes("TOTP secret", totpSecret);
        List<String> backupCodes = CliRunner.backupCodes(enable.out());
        assertThat(backupCodes).hasSize(10);
        for (int i = 0; i < backupCodes.size(); i++) {
            secrets.text("backup code " + i, backupCodes.get(i));
            secrets.text(
                    "backup code " + i + " without its dash", backupCodes.get(i).replace("-", ""));
        }
        ok(alice.runUnlocked("mfa", "confirm", "--code", alice.totp(totpSecret, 0)));
        ok(alice.runUnlocked("--backup-code-file", alice.file(backupCodes.getFirst()), "audit"));
        assertThat(alice.runWith("wrong horse battery staple 43", "--totp", "000000", "audit")
                        .code())
                .isEqualTo(ExitCodes.WRONG_CREDENTIALS);
        this.backupCodes = backupCodes;
        this.recoveryKey = recoveryKey;
    }

    private void linkAndSyncBothBanks() throws IOException {
        BankFixture bank = new BankFixture(alice, plaid.server());
        secrets.text("Plaid secret", FakePlaidServer.SECRET);
        alice.browser = page -> {
            browserPages.add(page);
            CompletableFuture.runAsync(() -> plaid.server().completeHostedLink(polledLinkToken()));
            return true;
        };
        ok(unlocked(alice, "link", "plaid", "--timeout", "5"));
        ok(unlocked(alice, "sync"));
        for (FakePlaidServer.Exchange exchange : plaid.server().exchanges()) {
            JsonNode body = exchange.body().isBlank() ? null : BankFixture.parse(exchange.body());
            for (String field : List.of("access_token", "public_token", "link_token")) {
                if (body != null && body.hasNonNull(field)) {
                    secrets.text(
                            "Plaid " + field.replace('_', ' '), body.get(field).asText());
                }
            }
        }
        assertThat(bank.lastAccessToken()).isNotBlank();

        FakeTellerCertificates certificates = FakeTellerCertificates.create();
        Path certificate = inputs.resolve("teller-certificate.pem");
        Path key = inputs.resolve("teller-key.pem");
        FakeTellerCertificates.writePem(certificates.client(), certificate, key);
        byte[] keyBytes = certificates.client().keyPair().getPrivate().getEncoded();
        secrets.bytes("Teller client key", keyBytes);
        secrets.text(
                "Teller client key's first PEM line",
                certificates.client().privateKeyPkcs8Pem().lines().toList().get(1));
        teller = FakeTellerServer.start(certificates);
        String tellerToken = "test_token_" + HexFormat.of().formatHex(random(10));
        secrets.text("Teller access token", tellerToken);
        FakeTellerAccount checking = FakeTellerAccount.checking("acc_check", "Checking", "3390");
        checking.balances("987.50", "950.00");
        checking.add(FakeTellerTransaction.posted("txn_1", LocalDate.of(2030, 1, 10), "-12.50", "Coffee"));
        teller.enroll(tellerToken, checking);
        alice.environment.put(TellerSettings.BASE_URL_VARIABLE, teller.baseUrl());
        alice.environment.put(TellerSettings.APPLICATION_ID_VARIABLE, "app_pq72test");
        alice.environment.put(TellerSettings.CERT_VARIABLE, certificate.toString());
        alice.environment.put(TellerSettings.KEY_VARIABLE, key.toString());
        alice.bankAuthorities = List.of(certificates.authorityCertificate());
        alice.browser = page -> {
            browserPages.add(page);
            FakeTellerConnect.enroll(page, tellerToken, "enr_pq72gz0t6nq1", "Maple Credit Union");
            return false;
        };
        ok(unlocked(alice, "link", "teller"));
        alice.browser = Browser.none();
    }

    private void importAndExport() throws IOException {
        ok(unlocked(alice, "import", sample("checking-ofx1-sgml.ofx").toString()));
        secrets.text("export passphrase", EXPORT_PASSPHRASE);
        ok(unlocked(
                alice,
                "export",
                "--out",
                root.resolve("export-encrypted.zip").toString(),
                "--encrypt",
                "--export-passphrase-file",
                alice.file(EXPORT_PASSPHRASE)));
        ok(unlocked(alice, "export", "--out", root.resolve("export-plain.zip").toString()));
    }

    private void householdBetweenTwoVaults() {
        bob.init();
        ok(unlocked(alice, "household", "identity", "--name", "Alice"));
        Path aliceCard = root.resolve("alice.card");
        Path bobCard = root.resolve("bob.card");
        ok(unlocked(alice, "household", "card", "--out", aliceCard.toString()));
        ok(bob.runUnlocked("household", "card", "--out", bobCard.toString()));
        ok(unlocked(alice, "household", "add-member", bobCard.toString(), "--yes"));
        ok(bob.runUnlocked("household", "add-member", aliceCard.toString(), "--yes"));
        Path bundle = root.resolve("alice.nestegg-bundle");
        ok(unlocked(alice, "household", "export-bundle", "--out", bundle.toString()));
        Result merged = ok(bob.runUnlocked("household", "merge", bundle.toString()));
        assertThat(merged.out()).contains("Alice");
    }

    /** A real process with a real command line: the backup code comes from a file, never from an argument. */
    private void backupNowInAChildProcess() throws Exception {
        CliProcess child =
                CliProcess.start(alice, "--backup-code-file", alice.file(backupCodes.get(1)), "backup", "now");
        commandLines.addAll(CommandLines.of(child.handle()));
        // a cold JVM on a loaded machine: the first long run saw a minute pass before its first log line
        Result backup = child.finish(Duration.ofMinutes(5));
        assertThat(backup.code()).as(backup.toString()).isZero();
    }

    private void changeAndRecoverThePassphrase() throws IOException {
        secrets.text("new passphrase", CliRunner.NEW_PASSPHRASE);
        ok(unlocked(alice, "passwd", "--new-passphrase-file", alice.file(CliRunner.NEW_PASSPHRASE)));
        secrets.text("recovered passphrase", RECOVERED_PASSPHRASE);
        ok(alice.run(
                "--vault",
                alice.vault.toString(),
                "recover",
                "--recovery-key-file",
                alice.file(recoveryKey),
                "--new-passphrase-file",
                alice.file(RECOVERED_PASSPHRASE)));
        alice.clock.advance(NEXT_STEP);
        ok(alice.runWith(RECOVERED_PASSPHRASE, "--totp", alice.totp(totpSecret, 0), "audit"));
    }

    private void crash() {
        alice.environment.put(Cli.VAULT_VARIABLE, "bad\0folder");
        Result crashed = alice.run("status");
        alice.environment.remove(Cli.VAULT_VARIABLE);
        assertThat(crashed.err()).contains("Crash report: ");
    }

    /** A command on Alice's vault with the next authenticator code: each code works once, so the clock moves on. */
    private Result unlocked(CliRunner cli, String... args) {
        cli.clock.advance(NEXT_STEP);
        List<String> all = new ArrayList<>(List.of("--totp", cli.totp(totpSecret, 0)));
        all.addAll(List.of(args));
        return cli.runUnlocked(all.toArray(String[]::new));
    }

    private SecondFactor totp() {
        alice.clock.advance(NEXT_STEP);
        return SecondFactor.authenticatorCode(alice.totp(totpSecret, 0));
    }

    private static Result ok(Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = NoSecretInClearJourneyTest.class.getResourceAsStream("/samples/" + name)) {
            Path copy = inputs.resolve(name);
            Files.write(copy, in.readAllBytes());
            return copy;
        }
    }

    /** Everything under the test's folder but what the test wrote itself as input (secret files, samples, keys). */
    private List<Path> filesTheAppWrote() throws IOException {
        Set<Path> testInputs = new HashSet<>(alice.inputFiles);
        testInputs.addAll(bob.inputFiles);
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(inputs) && !testInputs.contains(file))
                    .toList();
        }
    }

    /** The link token the command polls with, once it has started polling (as the person opens the page). */
    private String polledLinkToken() {
        long until = System.nanoTime() + 10_000_000_000L;
        while (plaid.server().exchanges("/link/token/get").isEmpty()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the command never polled /link/token/get");
            }
            Thread.onSpinWait();
        }
        String body = plaid.server().exchanges("/link/token/get").getFirst().body();
        return BankFixture.parse(body).get("link_token").asText();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
