package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnlockTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
    }

    @Test
    void wrongPassphraseExitsThreeAndSaysHowManyAttemptsAreLeft() {
        Result result = cli.runWith("wrong horse battery staple 43", "audit");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("The passphrase is wrong").contains("4 more failures");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void fiveWrongPassphrasesLockTheVaultEvenForTheRightOneAndInAFreshRun() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(cli.runWith("wrong horse battery staple 43", "audit").code())
                    .isEqualTo(3);
        }
        Result fifth = cli.runWith("wrong horse battery staple 43", "audit");
        assertThat(fifth.code()).isEqualTo(4);
        assertThat(fifth.err()).contains("until");

        Result right = cli.runUnlocked("audit");
        assertThat(right.code()).isEqualTo(4);
        assertThat(right.err()).contains("locked until");

        Result status = cli.run("--vault", cli.vault.toString(), "status");
        assertThat(status.out()).contains("until 2030-01-15 10:30:10 Z").contains("5 since the last unlock");
    }

    @Test
    void afterTheLockoutEndsTheRightPassphraseOpensAndTheFailuresAreReported() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            cli.runWith("wrong horse battery staple 43", "audit");
        }
        cli.clock.advance(Duration.ofMinutes(31));

        Result result = cli.runUnlocked("audit");

        assertThat(result.code()).isZero();
        assertThat(result.err()).contains("5 failed attempts to open this vault since 2030-01-15 10:00:10 Z");
        assertThat(result.out()).contains("LOCKED_OUT").contains("UNLOCK_FAILED");
    }

    @Test
    void oneFailedAttemptIsShownOnceAfterTheNextUnlock() {
        cli.runWith("wrong horse battery staple 43", "audit");

        Result first = cli.runUnlocked("audit");
        Result second = cli.runUnlocked("audit");

        assertThat(first.err()).contains("1 failed attempt to open this vault since");
        assertThat(second.err()).doesNotContain("failed attempt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"before", "after", "mixed"})
    void globalOptionsWorkBeforeOrAfterTheCommand(String placement) {
        String vault = cli.vault.toString();
        String file = cli.file(CliRunner.PASSPHRASE);
        List<String> args = switch (placement) {
            case "before" -> List.of("--vault", vault, "--passphrase-file", file, "--json", "audit");
            case "after" -> List.of("audit", "--vault", vault, "--passphrase-file", file, "--json");
            default -> List.of("--json", "--vault", vault, "audit", "--passphrase-file", file);
        };

        Result result = cli.run(args.toArray(String[]::new));

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("{").contains("\"VAULT_CREATED\"");
    }

    @Test
    void globalOptionsWorkAfterANestedCommand() {
        Result result = cli.run(
                "mfa", "enable", "--vault", cli.vault.toString(), "--passphrase-file", cli.file(CliRunner.PASSPHRASE));

        assertThat(result.code()).as(result.toString()).isZero();
    }

    @Test
    void withoutPassphraseSourceOrTerminalACommandFailsAtOnceWithUsage() {
        Result result = cli.run("--vault", cli.vault.toString(), "audit");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err())
                .contains("No passphrase given")
                .contains("--passphrase-file")
                .contains("NEST_EGG_PASSPHRASE");
        Result status = cli.run("--vault", cli.vault.toString(), "status");
        assertThat(status.out()).doesNotContain("since the last unlock");
    }

    @Test
    void passphraseComesFromTheEnvironmentVariable() {
        cli.environment.put("NEST_EGG_PASSPHRASE", CliRunner.PASSPHRASE);

        Result result = cli.run("--vault", cli.vault.toString(), "audit");

        assertThat(result.code()).isZero();
    }

    @Test
    void passphraseFileTakesOnlyTheFirstLineWithoutItsWindowsLineEnding() {
        String file = cli.file(CliRunner.PASSPHRASE + "\r\nsecond line\r\n", "crlf");

        Result result = cli.run("--vault", cli.vault.toString(), "--passphrase-file", file, "audit");

        assertThat(result.code()).isZero();
    }

    @Test
    void passphraseFileDashReadsStandardInput() {
        cli.standardInput = (CliRunner.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8);

        Result result = cli.run("--vault", cli.vault.toString(), "--passphrase-file", "-", "audit");

        assertThat(result.code()).isZero();
    }

    @Test
    void missingPassphraseFileIsABadInputFile() {
        Result result = cli.run(
                "--vault",
                cli.vault.toString(),
                "--passphrase-file",
                root.resolve("nope.txt").toString(),
                "audit");

        assertThat(result.code()).isEqualTo(5);
        assertThat(result.err()).contains("nope.txt").contains("does not exist");
    }

    @Test
    void emptyOrBinaryPassphraseFileIsABadInputFile() throws Exception {
        Path binary = root.resolve("binary.bin");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});

        Result empty = cli.run("--vault", cli.vault.toString(), "--passphrase-file", cli.file("", "empty"), "audit");
        Result notText = cli.run("--vault", cli.vault.toString(), "--passphrase-file", binary.toString(), "audit");

        assertThat(empty.code()).isEqualTo(5);
        assertThat(empty.err()).contains("is empty");
        assertThat(notText.code()).isEqualTo(5);
        assertThat(notText.err()).contains("UTF-8");
    }

    @Test
    void commandOnAFolderWithoutVaultSaysSoWithoutAskingForThePassphrase() {
        List<String> args =
                new ArrayList<>(List.of("--vault", root.resolve("elsewhere").toString()));
        args.add("--passphrase-file");
        args.add(cli.file(CliRunner.PASSPHRASE));
        args.add("check");

        Result result = cli.run(args.toArray(String[]::new));

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("There is no vault at");
    }

    @Test
    void promptsOnTheTerminalWhenThereIsNoOtherSource() {
        List<String> prompts = new ArrayList<>();
        cli.terminal = prompt -> {
            prompts.add(prompt);
            return CliRunner.PASSPHRASE.toCharArray();
        };

        Result result = cli.run("--vault", cli.vault.toString(), "audit");

        assertThat(result.code()).isZero();
        assertThat(prompts).containsExactly("Passphrase: ");
    }
}
