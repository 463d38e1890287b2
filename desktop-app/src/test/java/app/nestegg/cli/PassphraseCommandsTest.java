package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseCommandsTest {

    @TempDir
    Path root;

    CliRunner cli;
    String recoveryKey;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        recoveryKey = CliRunner.recoveryKey(cli.init().out());
    }

    @Test
    void passwdReplacesThePassphraseSoOnlyTheNewOneOpens() {
        Result passwd = cli.runUnlocked("passwd", "--new-passphrase-file", cli.file(CliRunner.NEW_PASSPHRASE));

        assertThat(passwd.code()).as(passwd.toString()).isZero();
        assertThat(passwd.out()).contains("passphrase is changed");
        assertThat(cli.runUnlocked("audit").code()).isEqualTo(3);
        Result withNew = cli.runWith(CliRunner.NEW_PASSPHRASE, "audit");
        assertThat(withNew.code()).isZero();
        assertThat(withNew.out()).contains("PASSPHRASE_CHANGED");
    }

    @Test
    void passwdRefusesAWeakNewPassphraseAndKeepsTheOldOne() {
        Result passwd = cli.runUnlocked("passwd", "--new-passphrase-file", cli.file("letmein"));

        assertThat(passwd.code()).isEqualTo(2);
        assertThat(passwd.err()).contains("too easy to guess");
        assertThat(cli.runUnlocked("audit").code()).isZero();
    }

    @Test
    void passwdWithoutNewPassphraseSourceOrTerminalFailsBeforeOpeningTheVault() {
        Result passwd = cli.runUnlocked("passwd");

        assertThat(passwd.code()).isEqualTo(2);
        assertThat(passwd.err()).contains("No new passphrase given").contains("--new-passphrase-file");
        assertThat(cli.runUnlocked("audit").out()).doesNotContain("PASSPHRASE_CHANGED");
    }

    @Test
    void passwdAsksForTheNewPassphraseTwiceOnTheTerminal() {
        Deque<String> answers = new ArrayDeque<>(List.of(CliRunner.NEW_PASSPHRASE, CliRunner.NEW_PASSPHRASE));
        cli.terminal = prompt -> answers.removeFirst().toCharArray();

        Result passwd = cli.runUnlocked("passwd");

        assertThat(passwd.code()).as(passwd.toString()).isZero();
        assertThat(cli.runWith(CliRunner.NEW_PASSPHRASE, "audit").code()).isZero();
    }

    @Test
    void passwdStopsWhenTheTwoEntriesDiffer() {
        Deque<String> answers = new ArrayDeque<>(List.of(CliRunner.NEW_PASSPHRASE, "something else entirely 99"));
        cli.terminal = prompt -> answers.removeFirst().toCharArray();

        Result passwd = cli.runUnlocked("passwd");

        assertThat(passwd.code()).isEqualTo(2);
        assertThat(passwd.err()).contains("differ");
        assertThat(cli.runUnlocked("audit").code()).isZero();
    }

    @Test
    void recoverWithThePrintedKeySetsANewPassphrase() {
        Result recover = cli.run(
                "recover",
                "--vault",
                cli.vault.toString(),
                "--recovery-key-file",
                cli.file(recoveryKey),
                "--new-passphrase-file",
                cli.file(CliRunner.NEW_PASSPHRASE));

        assertThat(recover.code()).as(recover.toString()).isZero();
        assertThat(recover.out()).contains("new passphrase is set");
        assertThat(cli.runUnlocked("audit").code()).isEqualTo(3);
        Result withNew = cli.runWith(CliRunner.NEW_PASSPHRASE, "audit");
        assertThat(withNew.code()).isZero();
        assertThat(withNew.out()).contains("RECOVERY_USED");
    }

    @Test
    void recoverAcceptsTheKeyTypedInLowerCaseWithoutDashesOnTheTerminal() {
        String typed = recoveryKey.replace("-", " ").toLowerCase(Locale.ROOT);
        Deque<String> answers = new ArrayDeque<>(List.of(typed, CliRunner.NEW_PASSPHRASE, CliRunner.NEW_PASSPHRASE));
        cli.terminal = prompt -> answers.removeFirst().toCharArray();

        Result recover = cli.run("--vault", cli.vault.toString(), "recover");

        assertThat(recover.code()).as(recover.toString()).isZero();
        assertThat(cli.runWith(CliRunner.NEW_PASSPHRASE, "audit").code()).isZero();
    }

    @Test
    void recoverWithAWrongKeyExitsThreeAndKeepsThePassphrase() {
        String wrongKey = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH";

        Result recover = cli.run(
                "recover",
                "--vault",
                cli.vault.toString(),
                "--recovery-key-file",
                cli.file(wrongKey),
                "--new-passphrase-file",
                cli.file(CliRunner.NEW_PASSPHRASE));

        assertThat(recover.code()).isEqualTo(3);
        assertThat(recover.err()).contains("The recovery key is wrong");
        assertThat(cli.runUnlocked("audit").code()).isZero();
    }

    @Test
    void recoverWithAMalformedKeyIsAUsageErrorThatDescribesTheForm() {
        Result recover = cli.run(
                "recover",
                "--vault",
                cli.vault.toString(),
                "--recovery-key-file",
                cli.file("not a key"),
                "--new-passphrase-file",
                cli.file(CliRunner.NEW_PASSPHRASE));

        assertThat(recover.code()).isEqualTo(2);
        assertThat(recover.err()).contains("32 characters").doesNotContain("not a key");
    }
}
