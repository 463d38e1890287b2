package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EraseCommandTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(root);
        cli.init();
        Files.createDirectories(cli.logs);
        Files.writeString(cli.logs.resolve("nest-egg.log"), "a log line");
        Files.createDirectories(cli.logs.resolve("crash-reports"));
        Files.writeString(cli.logs.resolve("crash-reports").resolve("crash-20300115-100000-000.txt"), "a report");
    }

    @Test
    void eraseWithYesRemovesTheVaultFolderTheLogsAndTheCrashReports() {
        Result erase = cli.runUnlocked("erase", "--yes");

        assertThat(erase.code()).as(erase.toString()).isZero();
        assertThat(erase.out()).contains("is erased");
        assertThat(cli.vault).doesNotExist();
        assertThat(cli.logs).doesNotExist();
        assertThat(cli.logs.resolve("crash-reports")).doesNotExist();
        assertThat(cli.run("--vault", cli.vault.toString(), "status").out()).contains("No vault here yet");
    }

    @Test
    void eraseWithoutYesIsAUsageErrorAndRemovesNothing() throws Exception {
        long filesBefore;
        try (var files = Files.list(cli.vault)) {
            filesBefore = files.count();
        }

        Result erase = cli.runUnlocked("erase");

        assertThat(erase.code()).isEqualTo(2);
        assertThat(erase.err()).contains("--yes");
        try (var files = Files.list(cli.vault)) {
            assertThat(files.count()).isEqualTo(filesBefore);
        }
        assertThat(cli.logs.resolve("nest-egg.log")).exists();
        assertThat(cli.runUnlocked("audit").code()).isZero();
    }

    @Test
    void eraseWithAWrongPassphraseRemovesNothing() {
        Result erase = cli.runWith("wrong horse battery staple 43", "erase", "--yes");

        assertThat(erase.code()).isEqualTo(3);
        assertThat(cli.vault.resolve("keyring.json")).exists();
    }

    @Test
    void eraseWithTwoStepUnlockNeedsACode() {
        Result enable = cli.runUnlocked("mfa", "enable");
        byte[] secret = CliRunner.totpSecret(enable.out());
        assertThat(cli.runUnlocked("mfa", "confirm", "--code", cli.totp(secret, 0))
                        .code())
                .isZero();
        String backupCode = CliRunner.backupCodes(enable.out()).getFirst();

        Result withoutCode = cli.runUnlocked("--backup-code", backupCode, "erase", "--yes");
        assertThat(withoutCode.code()).isEqualTo(2);
        assertThat(withoutCode.err()).contains("--code");
        assertThat(cli.vault.resolve("keyring.json")).exists();

        cli.clock.advance(java.time.Duration.ofSeconds(60));
        Result erase = cli.runUnlocked("erase", "--yes", "--code", cli.totp(secret, 0));
        assertThat(erase.code()).as(erase.toString()).isZero();
        assertThat(cli.vault).doesNotExist();
    }

    @Test
    void aBackupCodeFromAFileOpensAndConfirmsTheErase() {
        Result enable = cli.runUnlocked("mfa", "enable");
        byte[] secret = CliRunner.totpSecret(enable.out());
        assertThat(cli.runUnlocked("mfa", "confirm", "--code", cli.totp(secret, 0))
                        .code())
                .isZero();
        String backupCode = CliRunner.backupCodes(enable.out()).getFirst();

        Result erase = cli.runUnlocked("--backup-code-file", cli.file(backupCode), "erase", "--yes");

        assertThat(erase.code()).as(erase.toString()).isZero();
        assertThat(cli.vault).doesNotExist();
    }
}
