package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitAndStatusTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
    }

    @Test
    void initPrintsTheRecoveryKeyOnceAndStatusReportsTheNewVaultAsJson() throws Exception {
        Result init = cli.init();

        assertThat(init.out()).contains("Created a vault at " + cli.vault);
        assertThat(CliRunner.recoveryKey(init.out())).hasSize(39);
        assertThat(init.out()).contains("Print this recovery key").contains("shown only this once");

        Result status = cli.run("status", "--json", "--vault", cli.vault.toString());
        assertThat(status.code()).isZero();
        JsonNode json = Json.mapper().readTree(status.out());
        assertThat(json.get("folder").asText()).isEqualTo(cli.vault.toString());
        assertThat(json.get("exists").asBoolean()).isTrue();
        assertThat(json.get("mfaEnabled").asBoolean()).isFalse();
        assertThat(json.get("failedAttempts").asInt()).isZero();
        assertThat(json.get("lockedUntil").isNull()).isTrue();
    }

    @Test
    void statusNeedsNoPassphraseAndSaysWhenThereIsNoVault() {
        Result status = cli.run("--vault", cli.vault.toString(), "status");

        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("Vault exists:").contains("no").contains("nest-egg init --accept-terms");
    }

    @Test
    void initWithoutAcceptingTheTermsIsAUsageErrorThatPointsToTheTerms() {
        Result result = cli.runUnlocked("init");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--accept-terms").contains("nest-egg terms");
        assertThat(cli.vault).doesNotExist();
    }

    @Test
    void weakPassphraseIsRefusedWithFeedbackAndLeavesNoFolderBehind() {
        Result result = cli.runWith("password", "--accept-terms", "init");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("too easy to guess").contains("common password");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(cli.vault).doesNotExist();
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws Exception {
        Files.createDirectories(cli.vault);
        Files.writeString(cli.vault.resolve("notes.txt"), "mine");

        Result result = cli.runUnlocked("--accept-terms", "init");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("not empty");
        assertThat(cli.vault.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void initTwiceRefusesTheSecondTimeAndKeepsTheVault() {
        cli.init();

        Result again = cli.runUnlocked("--accept-terms", "init");

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(cli.runUnlocked("audit").code()).isZero();
    }

    @Test
    void vaultFolderComesFromTheEnvironmentVariableWhenNoOptionIsGiven() {
        cli.environment.put("NEST_EGG_VAULT", cli.vault.toString());

        Result init = cli.run("init", "--accept-terms", "--passphrase-file", cli.file(CliRunner.PASSPHRASE));

        assertThat(init.code()).isZero();
        assertThat(cli.vault.resolve("keyring.json")).exists();
    }

    @Test
    void vaultFolderDefaultsToThePlatformDataFolder() {
        Result status = cli.run("status", "--json");

        assertThat(status.out()).contains(root.resolve("default-vault").toString());
    }

    @Test
    void termsCommandPrintsTheTermsAndThePrivacyNotice() {
        Result result = cli.run("terms");

        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("terms of use")
                .containsIgnoringCase("privacy")
                .contains("--accept-terms");
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Result result = cli.run("--help");

        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("init", "status", "check", "audit", "mfa", "passwd", "recover", "erase", "terms")
                .contains("Exit codes:")
                .contains("locked out");
    }

    @Test
    void versionShowsTheAppVersion() {
        Result result = cli.run("--version");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Nest Egg test");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        Result result = cli.run("status", "--frobnicate");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--frobnicate").contains("nest-egg status --help");
    }

    @Test
    void noCommandIsAUsageError() {
        Result result = cli.run("--vault", cli.vault.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("nest-egg --help");
    }

    @Test
    void initAsksForThePassphraseTwiceOnTheTerminal() {
        List<String> prompts = new ArrayList<>();
        cli.terminal = prompt -> {
            prompts.add(prompt);
            return CliRunner.PASSPHRASE.toCharArray();
        };

        Result init = cli.run("--vault", cli.vault.toString(), "init", "--accept-terms");

        assertThat(init.code()).as(init.toString()).isZero();
        assertThat(prompts).containsExactly("Passphrase: ", "Passphrase again: ");
        assertThat(cli.runUnlocked("audit").code()).isZero();
    }

    @Test
    void initStopsWithoutAFolderWhenTheTwoEntriesDiffer() {
        Deque<String> answers = new ArrayDeque<>(List.of(CliRunner.PASSPHRASE, CliRunner.NEW_PASSPHRASE));
        cli.terminal = prompt -> answers.removeFirst().toCharArray();

        Result init = cli.run("--vault", cli.vault.toString(), "init", "--accept-terms");

        assertThat(init.code()).isEqualTo(2);
        assertThat(init.err()).contains("differ");
        assertThat(cli.vault).doesNotExist();
    }
}
