package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MfaCommandsTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
    }

    @Test
    void enableShowsTheUriTheSecretAndTenBackupCodesButChangesNothingUntilConfirmed() {
        Result enable = cli.runUnlocked("mfa", "enable", "--label", "alice");

        assertThat(enable.code()).isZero();
        assertThat(enable.out())
                .contains("otpauth://totp/Nest%20Egg:alice?secret=")
                .contains("Secret: ")
                .contains("NOT on yet")
                .contains("nest-egg mfa confirm --code");
        assertThat(CliRunner.backupCodes(enable.out())).hasSize(10).doesNotHaveDuplicates();
        assertThat(cli.runUnlocked("audit").code()).isZero();
        assertThat(status()).contains("Two-step unlock:   off");
    }

    @Test
    void enableDrawsAQrCodeWhenAsked() {
        Result enable = cli.runUnlocked("mfa", "enable", "--qr");

        assertThat(enable.out()).contains("\u2588").contains("\u2580");
    }

    @Test
    void confirmedTwoStepUnlockNeedsACodeThatWorksOnce() {
        byte[] secret = enableAndConfirm();
        assertThat(status()).contains("Two-step unlock:   on");

        Result withoutCode = cli.runUnlocked("audit");
        assertThat(withoutCode.code()).isEqualTo(3);
        assertThat(withoutCode.err()).contains("Two-step unlock is on");

        String code = cli.totp(secret, 1);
        Result withCode = cli.runUnlocked("audit", "--totp", code);
        assertThat(withCode.code()).as(withCode.toString()).isZero();
        assertThat(withCode.out()).contains("MFA_ENABLED").contains("With two-step unlock");

        Result replayed = cli.runUnlocked("audit", "--totp", code);
        assertThat(replayed.code()).isEqualTo(3);
        assertThat(replayed.err()).contains("The authenticator code is wrong");
    }

    @Test
    void backupCodeOpensTheVaultOnlyOnce() {
        Result enable = cli.runUnlocked("mfa", "enable");
        confirm(CliRunner.totpSecret(enable.out()));
        String backupCode = CliRunner.backupCodes(enable.out()).getFirst();

        Result first = cli.runUnlocked("--backup-code", backupCode, "audit");
        Result second = cli.runUnlocked("--backup-code", backupCode, "audit");

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("BACKUP_CODE_USED").contains("9 backup codes left");
        assertThat(second.code()).isEqualTo(3);
        assertThat(second.err()).contains("The backup code is wrong");
    }

    @Test
    void backupCodeFromAFileOpensTheVaultOnlyOnceAndStaysOffTheCommandLine() {
        Result enable = cli.runUnlocked("mfa", "enable");
        confirm(CliRunner.totpSecret(enable.out()));
        String backupCode = CliRunner.backupCodes(enable.out()).getFirst();
        String file = cli.file(backupCode);

        Result first = cli.runUnlocked("--backup-code-file", file, "audit");
        Result second = cli.runUnlocked("--backup-code-file", file, "audit");

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("BACKUP_CODE_USED").contains("9 backup codes left");
        assertThat(second.code()).isEqualTo(3);
        assertThat(second.err()).contains("The backup code is wrong");
    }

    @Test
    void aMissingBackupCodeFileIsBadInputNamingTheFile() {
        confirm(CliRunner.totpSecret(cli.runUnlocked("mfa", "enable").out()));
        Path missing = root.resolve("no-such-code.txt");

        Result result = cli.runUnlocked("--backup-code-file", missing.toString(), "audit");

        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT_FILE);
        assertThat(result.err()).contains(missing.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--totp 123456 --backup-code abcd-efgh",
                "--totp 123456 --backup-code-file code.txt",
                "--backup-code abcd-efgh --backup-code-file code.txt"
            })
    void twoSecondFactorsTogetherAreAUsageError(String factors) {
        List<String> args = new ArrayList<>(List.of("audit"));
        args.addAll(List.of(factors.split(" ")));

        Result result = cli.runUnlocked(args.toArray(String[]::new));

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Give only one of --totp, --backup-code and --backup-code-file.");
    }

    @Test
    void confirmWithAWrongCodeKeepsTwoStepUnlockOff() {
        byte[] secret = CliRunner.totpSecret(cli.runUnlocked("mfa", "enable").out());
        String wrong = cli.totp(secret, 5);

        Result result = cli.runUnlocked("mfa", "confirm", "--code", wrong);

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("does not match");
        assertThat(status()).contains("Two-step unlock:   off");
    }

    @Test
    void confirmWithoutEnableIsAFailureOfState() {
        Result result = cli.runUnlocked("mfa", "confirm", "--code", "123456");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("enable it first");
    }

    @Test
    void enableWhileOnIsRefused() {
        byte[] secret = enableAndConfirm();

        Result result = cli.runUnlocked("--totp", cli.totp(secret, 1), "mfa", "enable");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("already on");
    }

    @Test
    void disableWithThePreviousCodeToOpenAndTheCurrentCodeTurnsTwoStepUnlockOff() {
        byte[] secret = enableAndConfirm();
        cli.clock.advance(Duration.ofSeconds(60));

        Result result =
                cli.runUnlocked("--totp", cli.totp(secret, -1), "mfa", "disable", "--code", cli.totp(secret, 0));

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Two-step unlock is off");
        assertThat(status()).contains("Two-step unlock:   off");
        assertThat(cli.runUnlocked("audit").out()).contains("MFA_DISABLED");
    }

    @Test
    void disableAfterOpeningWithABackupCodeTakesTheCurrentCode() {
        Result enable = cli.runUnlocked("mfa", "enable");
        byte[] secret = CliRunner.totpSecret(enable.out());
        confirm(secret);
        cli.clock.advance(Duration.ofSeconds(30));

        Result result = cli.runUnlocked(
                "mfa",
                "disable",
                "--backup-code",
                CliRunner.backupCodes(enable.out()).get(3),
                "--code",
                cli.totp(secret, 0));

        assertThat(result.code()).as(result.toString()).isZero();
    }

    @Test
    void disableWithOneCurrentCodeOpensTheVaultAndTurnsTwoStepUnlockOff() {
        byte[] secret = enableAndConfirm();
        cli.clock.advance(Duration.ofSeconds(60));

        Result result = cli.runUnlocked("mfa", "disable", "--code", cli.totp(secret, 0));

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(status()).contains("Two-step unlock:   off");
    }

    @Test
    void disableRefusesACodeThatIsNoLongerCurrent() {
        byte[] secret = enableAndConfirm();
        cli.clock.advance(Duration.ofSeconds(60));
        String code = cli.totp(secret, 0);
        cli.clock.advance(Duration.ofSeconds(90));

        Result stale = cli.runUnlocked("--totp", cli.totp(secret, 0), "mfa", "disable", "--code", code);

        assertThat(stale.code()).isEqualTo(3);
        assertThat(stale.err()).contains("does not match");
        assertThat(status()).contains("Two-step unlock:   on");
    }

    @Test
    void regeneratedBackupCodesReplaceTheOldOnes() {
        Result enable = cli.runUnlocked("mfa", "enable");
        byte[] secret = CliRunner.totpSecret(enable.out());
        confirm(secret);
        List<String> old = CliRunner.backupCodes(enable.out());

        Result regenerated = cli.runUnlocked("mfa", "backup-codes", "--code", cli.totp(secret, 1));
        List<String> fresh = CliRunner.backupCodes(regenerated.out());

        assertThat(regenerated.code()).isZero();
        assertThat(regenerated.out()).contains("old ones no longer work");
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
        assertThat(cli.runUnlocked("--backup-code", old.getFirst(), "audit").code())
                .isEqualTo(3);
        assertThat(cli.runUnlocked("--backup-code", fresh.getFirst(), "audit").code())
                .isZero();
    }

    @Test
    void aBackupCodeFromAFileConfirmsDisableAndNewBackupCodesWithoutTheCodeOption() {
        Result enable = cli.runUnlocked("mfa", "enable");
        confirm(CliRunner.totpSecret(enable.out()));
        List<String> codes = CliRunner.backupCodes(enable.out());

        Result regenerated = cli.runUnlocked("--backup-code-file", cli.file(codes.get(0)), "mfa", "backup-codes");
        String fresh = CliRunner.backupCodes(regenerated.out()).getFirst();
        Result disabled = cli.runUnlocked("--backup-code-file", cli.file(fresh), "mfa", "disable");

        assertThat(regenerated.code()).as(regenerated.toString()).isZero();
        assertThat(disabled.code()).as(disabled.toString()).isZero();
        assertThat(status()).contains("Two-step unlock:   off");
    }

    @Test
    void disableWithoutACodeOrABackupCodeFileIsAUsageError() {
        byte[] secret = enableAndConfirm();

        Result result = cli.runUnlocked("--totp", cli.totp(secret, 1), "mfa", "disable");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--code CODE").contains("--backup-code-file FILE");
        assertThat(status()).contains("Two-step unlock:   on");
    }

    @Test
    void mfaWithoutSubcommandIsAUsageError() {
        Result result = cli.runUnlocked("mfa");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("enable, confirm, disable, backup-codes");
    }

    private byte[] enableAndConfirm() {
        byte[] secret = CliRunner.totpSecret(cli.runUnlocked("mfa", "enable").out());
        confirm(secret);
        return secret;
    }

    private void confirm(byte[] secret) {
        Result confirm = cli.runUnlocked("mfa", "confirm", "--code", cli.totp(secret, 0));
        assertThat(confirm.code()).as(confirm.toString()).isZero();
        assertThat(confirm.out()).contains("Two-step unlock is on");
    }

    private String status() {
        return cli.run("--vault", cli.vault.toString(), "status").out();
    }
}
