package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code household} commands on two real vaults: identities, cards, membership and private accounts. */
class HouseholdCommandsTest {

    @TempDir
    Path root;

    CliRunner alice;
    CliRunner bob;

    @BeforeEach
    void setUp() throws IOException {
        alice = new CliRunner(Files.createDirectory(root.resolve("alice")));
        bob = new CliRunner(Files.createDirectory(root.resolve("bob")));
        alice.init();
        bob.init();
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

    private Path bobsCard() {
        Path card = root.resolve("bob.card");
        ok(bob.runUnlocked("household", "card", "--out", card.toString()));
        return card;
    }

    private static String fingerprint(CliRunner cli) {
        return json(cli, "household", "identity").get("fingerprint").asText();
    }

    @Test
    void identityShowsTheMemberAndSetsItsName() {
        Result shown = ok(alice.runUnlocked("household", "identity", "--name", "Alice"));

        assertThat(shown.out())
                .contains("Name:")
                .contains("Alice")
                .containsPattern("Fingerprint: +[A-Z2-7]{4}(-[A-Z2-7]{4}){4}")
                .containsPattern("Age recipient: +age1[a-z0-9]+");
        JsonNode identity = json(alice, "household", "identity");
        assertThat(identity.get("name").asText()).isEqualTo("Alice");
        assertThat(shown.out())
                .contains(
                        identity.get("id").asText(), identity.get("fingerprint").asText());
        assertThat(json(alice, "household", "identity")).isEqualTo(identity);
    }

    @Test
    void aBlankNameIsAUsageError() {
        Result refused = alice.runUnlocked("household", "identity", "--name", " ");

        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("a member's name is not blank");
    }

    @Test
    void theCardGoesToStandardOutputOrAFileThatIsNeverReplacedSilently() throws IOException {
        Result printed = ok(alice.runUnlocked("household", "card"));
        assertThat(printed.out()).startsWith("nest-egg member card 1\n").contains("\nsignature: ");

        Path card = root.resolve("alice.card");
        Result written = ok(alice.runUnlocked("household", "card", "--out", card.toString()));
        assertThat(written.out()).contains("Wrote your member card to " + card);
        assertThat(Files.readString(card)).isEqualTo(printed.out());

        Files.writeString(card, "keep me");
        Result refused = alice.runUnlocked("household", "card", "--out", card.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err())
                .contains("The file " + card + " exists; give another file, or --force to replace it.");
        assertThat(Files.readString(card)).isEqualTo("keep me");

        ok(alice.runUnlocked("household", "card", "--out", card.toString(), "--force"));
        assertThat(Files.readString(card)).isEqualTo(printed.out());
        assertThat(alice.runUnlocked("household", "card", "--force").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void addingAMemberShowsTheFingerprintAndAddsOnlyWhenConfirmed() {
        Path card = bobsCard();
        String bobsFingerprint = fingerprint(bob);

        alice.standardInput = "no\n".getBytes(StandardCharsets.UTF_8);
        Result declined = alice.runUnlocked("household", "add-member", card.toString());
        assertThat(declined.code()).as(declined.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(declined.out()).contains(bobsFingerprint).contains("Type yes to add them:");
        assertThat(declined.err()).contains("Not added: the fingerprint was not confirmed");
        assertThat(json(alice, "household", "members")).hasSize(1);

        alice.standardInput = "yes\n".getBytes(StandardCharsets.UTF_8);
        Result added = ok(alice.runUnlocked("household", "add-member", card.toString()));
        assertThat(added.out()).contains("Added Me (");

        JsonNode members = json(alice, "household", "members");
        assertThat(members).hasSize(2);
        assertThat(members.get(0).get("self").asBoolean()).isTrue();
        assertThat(members.get(1).get("fingerprint").asText()).isEqualTo(bobsFingerprint);
        assertThat(members.get(1).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(members.get(1).get("removed_at").isNull()).isTrue();
        assertThat(ok(alice.runUnlocked("household", "members")).out())
                .contains("FINGERPRINT")
                .contains(bobsFingerprint)
                .contains("(you)");
    }

    @Test
    void badCardFilesExitFiveNamingWhatIsWrong() throws IOException {
        Path card = bobsCard();
        String text = Files.readString(card);

        assertBadCard(root.resolve("none.card"), "does not exist");
        assertBadCard(write("hello.card", "hello\n"), "member card, line 1: not a Nest Egg member card");
        assertBadCard(
                write("edited.card", text.replace("name: Me", "name: Mallory")),
                "member card, line 7, signature: does not verify");
        assertBadCard(
                write("missing.card", text.replaceAll("(?m)^fingerprint: .*\n", "")),
                "fingerprint: the field is missing");
        Path own = root.resolve("own.card");
        ok(alice.runUnlocked("household", "card", "--out", own.toString()));
        assertBadCard(own, "this is your own card");
        Path binary = root.resolve("binary.card");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});
        assertBadCard(binary, "is not valid UTF-8 text");
        assertBadCard(write("huge.card", "x".repeat(20_000)), "larger than 16 KiB");
        assertThat(json(alice, "household", "members")).hasSize(1);
    }

    @Test
    void aRemovedMemberIsRefusedBackUnlessAddedAgainAndNewKeysNeedRemovalFirst() {
        ok(alice.runUnlocked("household", "add-member", bobsCard().toString(), "--yes"));
        String bobId = json(bob, "household", "identity").get("id").asText();

        ok(bob.runUnlocked("household", "leave", "--yes"));
        Path newCard = root.resolve("bob-new.card");
        ok(bob.runUnlocked("household", "card", "--out", newCard.toString()));
        Result otherKeys = alice.runUnlocked("household", "add-member", newCard.toString(), "--yes");
        assertThat(otherKeys.code()).as(otherKeys.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(otherKeys.err()).contains("is already a member with other keys");

        Result removed = ok(alice.runUnlocked("household", "remove-member", bobId));
        assertThat(removed.out()).contains("Removed Me (" + bobId + ")");
        assertThat(json(alice, "household", "members").get(1).get("status").asText())
                .isEqualTo("REMOVED");
        assertThat(ok(alice.runUnlocked("household", "members")).out()).contains("removed 2030-01-15");

        Result notAgain = alice.runUnlocked("household", "add-member", newCard.toString(), "--yes");
        assertThat(notAgain.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notAgain.err()).contains("was removed; to add them back, say so explicitly");

        ok(alice.runUnlocked("household", "add-member", newCard.toString(), "--yes", "--again"));
        JsonNode back = json(alice, "household", "members").get(1);
        assertThat(back.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(back.get("fingerprint").asText()).isEqualTo(fingerprint(bob));
    }

    @Test
    void removingABadOrUnknownIdIsAUsageError() {
        Result malformed = alice.runUnlocked("household", "remove-member", "bob");
        assertThat(malformed.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(malformed.err()).contains("'bob' is not a member id.");

        String unknown = "0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee";
        Result missing = alice.runUnlocked("household", "remove-member", unknown);
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("No member with id " + unknown + ".");

        String self = json(alice, "household", "identity").get("id").asText();
        Result oneself = alice.runUnlocked("household", "remove-member", self);
        assertThat(oneself.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(oneself.err()).contains("You cannot remove yourself; leave the household instead.");
    }

    @Test
    void leavingNeedsYesThenRemovesEveryoneAndChangesTheKeys() {
        ok(alice.runUnlocked("household", "add-member", bobsCard().toString(), "--yes"));
        String before = fingerprint(alice);

        Result unconfirmed = alice.runUnlocked("household", "leave");
        assertThat(unconfirmed.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unconfirmed.err()).contains("run the command again with --yes");
        assertThat(json(alice, "household", "members").get(1).get("status").asText())
                .isEqualTo("ACTIVE");

        Result left = ok(alice.runUnlocked("household", "leave", "--yes"));
        assertThat(left.out()).contains("Left the household: 1 member removed");
        assertThat(json(alice, "household", "members").get(1).get("status").asText())
                .isEqualTo("REMOVED");
        assertThat(fingerprint(alice)).isNotEqualTo(before);
    }

    @Test
    void accountsAreMadePrivateAndSharedByNameOrId() {
        ok(alice.runUnlocked("accounts", "add", "--name", "Savings", "--type", "savings", "--currency", "USD"));
        ok(alice.runUnlocked("accounts", "add", "--name", "Joint", "--type", "checking", "--currency", "USD"));
        assertThat(ok(alice.runUnlocked("household", "private-accounts")).out()).contains("No private accounts.");

        assertThat(ok(alice.runUnlocked("household", "private", "savings")).out())
                .contains("Savings is private now");
        assertThat(ok(alice.runUnlocked("household", "private", "Savings")).out())
                .contains("Savings was private already.");
        JsonNode listed = json(alice, "household", "private-accounts");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("Savings");
        String id = listed.get(0).get("id").asText();
        assertThat(ok(alice.runUnlocked("household", "private-accounts")).out()).contains("Savings (" + id + ")");

        assertThat(ok(alice.runUnlocked("household", "share", id)).out()).contains("Savings is shared again");
        assertThat(ok(alice.runUnlocked("household", "share", "Joint")).out()).contains("Joint was not private.");
        assertThat(json(alice, "household", "private-accounts")).isEmpty();
    }

    @Test
    void anUnknownAccountOrAMissingSubcommandIsAUsageError() {
        Result unknown = alice.runUnlocked("household", "private", "Nowhere");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("No account named 'Nowhere'");

        Result bare = alice.run("household");
        assertThat(bare.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bare.err()).contains("Give a household command");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(root.resolve(name), content);
    }

    private void assertBadCard(Path card, String message) {
        Result refused = alice.runUnlocked("household", "add-member", card.toString(), "--yes");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.BAD_INPUT_FILE);
        assertThat(refused.err()).contains(message);
    }
}
