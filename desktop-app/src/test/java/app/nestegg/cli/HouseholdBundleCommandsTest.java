package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The household commands that move changes: export-bundle, merge, folder, history and digest, on two real vaults. */
class HouseholdBundleCommandsTest {

    @TempDir
    Path root;

    CliRunner alice;
    CliRunner bob;

    @BeforeEach
    void twoMembers() throws IOException {
        alice = new CliRunner(Files.createDirectory(root.resolve("alice")));
        bob = new CliRunner(Files.createDirectory(root.resolve("bob")));
        alice.init();
        bob.init();
        ok(alice.runUnlocked("household", "identity", "--name", "Alice"));
        ok(alice.runUnlocked("household", "add-member", card(bob, "bob").toString(), "--yes"));
        ok(bob.runUnlocked("household", "add-member", card(alice, "alice").toString(), "--yes"));
    }

    @Test
    void aBundleExportedByOneIsMergedByTheOtherAndTheDigestsAgree() {
        addAccount(alice, "Joint");
        Path bundle = root.resolve("alice.nestegg-bundle");

        Result exported = ok(alice.runUnlocked("household", "export-bundle", "--out", bundle.toString()));
        JsonNode merged = json(bob, "household", "merge", bundle.toString());

        assertThat(exported.out())
                .contains("encrypted to you and 1 other member")
                .contains(bundle.toString());
        assertThat(merged.get("author_name").asText()).isEqualTo("Alice");
        assertThat(merged.get("applied").asInt()).isPositive();
        assertThat(ok(bob.runUnlocked("accounts", "list")).out()).contains("Joint");
        assertThat(digest(bob)).isEqualTo(digest(alice));

        Result again = ok(bob.runUnlocked("household", "merge", bundle.toString()));
        assertThat(again.out()).contains("0 new changes");
        assertThat(ok(bob.runUnlocked("household", "history")).out()).contains("Alice");
        assertThat(json(bob, "household", "history")).hasSize(2);
    }

    @Test
    void withNothingNewNoFileIsWrittenAndAnExistingFileIsNotReplacedSilently() throws IOException {
        addAccount(alice, "Joint");
        Path first = root.resolve("first.nestegg-bundle");
        ok(alice.runUnlocked("household", "export-bundle", "--out", first.toString()));
        Path second = root.resolve("second.nestegg-bundle");

        Result nothing = ok(alice.runUnlocked("household", "export-bundle", "--out", second.toString()));
        Result exists = alice.runUnlocked("household", "export-bundle", "--out", first.toString(), "--all");

        assertThat(nothing.out()).contains("No changes since the last bundle");
        assertThat(second).doesNotExist();
        assertThat(exists.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(exists.err()).contains(first.toString()).contains("--force");
        ok(alice.runUnlocked("household", "export-bundle", "--out", first.toString(), "--all", "--force"));
        assertThat(Files.size(first)).isPositive();
    }

    @Test
    void aChangedBundleIsRefusedWithExitFiveAndNothingMerged() throws IOException {
        addAccount(alice, "Joint");
        Path bundle = root.resolve("alice.nestegg-bundle");
        ok(alice.runUnlocked("household", "export-bundle", "--out", bundle.toString()));
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length - 5] ^= 0x40;
        Files.write(bundle, bytes);
        String before = digest(bob);

        Result refused = bob.runUnlocked("household", "merge", bundle.toString());

        assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT_FILE);
        assertThat(refused.err()).contains(bundle.toString()).contains("refused");
        assertThat(digest(bob)).isEqualTo(before);
        assertThat(ok(bob.runUnlocked("accounts", "list")).out()).doesNotContain("Joint");
    }

    @Test
    void aMissingBundleFileIsBadInput() {
        Result missing = bob.runUnlocked(
                "household", "merge", root.resolve("nowhere.nestegg-bundle").toString());

        assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT_FILE);
        assertThat(missing.err()).contains("nowhere.nestegg-bundle");
    }

    @Test
    void theSharedFolderCarriesChangesBothWays() throws IOException {
        Path shared = Files.createDirectory(root.resolve("shared"));
        addAccount(alice, "Joint");
        addAccount(bob, "Cash");

        Result aliceSet = ok(alice.runUnlocked("household", "folder", shared.toString()));
        Result bobSet = ok(bob.runUnlocked("household", "folder", shared.toString()));
        Result aliceSync = ok(alice.runUnlocked("household", "folder", "--sync"));

        assertThat(aliceSet.out()).contains("Shared folder: " + shared);
        assertThat(bobSet.out()).contains("merged 1 bundle");
        assertThat(aliceSync.out()).contains("merged 1 bundle");
        assertThat(ok(alice.runUnlocked("accounts", "list")).out()).contains("Cash");
        assertThat(ok(bob.runUnlocked("accounts", "list")).out()).contains("Joint");
        assertThat(digest(alice)).isEqualTo(digest(bob));

        JsonNode status = json(bob, "household", "folder");
        assertThat(status.get("folder").asText()).isEqualTo(shared.toString());
        assertThat(status.get("last_merged").get(0).get("member_name").asText()).isEqualTo("Alice");
        assertThat(status.get("last_written_file").asText()).endsWith(".nestegg-bundle");

        assertThat(ok(bob.runUnlocked("household", "folder", "--off")).out()).contains("off");
        assertThat(ok(bob.runUnlocked("household", "folder")).out()).contains("No shared folder is set");
    }

    @Test
    void aFolderThatIsNotThereOrOffWithAFolderIsAUsageError() {
        Path missing = root.resolve("nowhere");

        Result notThere = alice.runUnlocked("household", "folder", missing.toString());
        Result both = alice.runUnlocked("household", "folder", root.toString(), "--off");
        Result syncWithout = alice.runUnlocked("household", "folder", "--sync");

        assertThat(notThere.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notThere.err()).contains(missing.toString());
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(syncWithout.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(syncWithout.err()).contains("No shared folder is set");
    }

    private Path card(CliRunner member, String name) {
        Path card = root.resolve(name + ".card");
        ok(member.runUnlocked("household", "card", "--out", card.toString()));
        return card;
    }

    private static void addAccount(CliRunner cli, String name) {
        ok(cli.runUnlocked("accounts", "add", "--name", name, "--type", "CHECKING", "--currency", "EUR"));
    }

    private static String digest(CliRunner cli) {
        return json(cli, "household", "digest").get("digest").asText();
    }

    private static Result ok(Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    private static JsonNode json(CliRunner cli, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--json";
        return BankFixture.parse(ok(cli.runUnlocked(all)).out());
    }
}
