package app.nestegg.vault.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.store.Ids;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberCardTest {

    private final UUID self = Ids.newId();
    private final OtherMember alice = new OtherMember("Alice");

    @Test
    void aCardReadsBackToTheSameKeys() {
        String card = alice.card();

        assertThat(card)
                .startsWith("nest-egg member card 1\nmember: " + alice.member().memberId() + "\n");
        assertThat(card)
                .contains("name: Alice\n", "age-recipient: age1", "fingerprint: " + Fingerprint.of(alice.member()));
        assertThat(MemberCard.read(card, self)).isEqualTo(alice.member());
    }

    @Test
    void windowsLineEndsAByteOrderMarkAndTrailingBlankLinesAreAccepted() {
        String card = "\uFEFF" + alice.card().replace("\n", "\r\n") + "\r\n\r\n";

        assertThat(MemberCard.read(card, self)).isEqualTo(alice.member());
    }

    @Test
    void theFingerprintIsFiveGroupsOfFourAndStableForTheSameKeys() {
        UUID id = UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057");
        byte[] key = HexFormat.of().parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        String recipient = "age1rqdc32ff49zdxhaw5rs5j5xu2gx8pz6tcmyx7dgq2w74kelz4y0s77c3ex";

        String fingerprint = Fingerprint.of(id, key, recipient);

        assertThat(fingerprint).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){4}");
        assertThat(fingerprint).isEqualTo("X4SQ-KK22-OJZV-JETT-SP5X");
        assertThat(Fingerprint.of(new MemberKeys(id, "Another name", key, recipient)))
                .isEqualTo(fingerprint);
        key[0] ^= 1;
        assertThat(Fingerprint.of(id, key, recipient)).isNotEqualTo(fingerprint);
    }

    @Test
    void aFileThatIsNotACardIsRefusedOnItsFirstLine() {
        assertRefused(
                "hello\n", "member card, line 1: not a Nest Egg member card (it starts with 'nest-egg member card 1')");
        assertRefused("", "member card, line 1: not a Nest Egg member card");
    }

    @Test
    void aCardOfAnotherVersionIsRefusedWithUpdateAdvice() {
        assertRefused(
                alice.card().replace("nest-egg member card 1", "nest-egg member card 2"),
                "member card, line 1: version '2' is not one this Nest Egg reads (it reads 1); update Nest Egg");
    }

    @Test
    void aLineThatIsNotAFieldIsRefusedByNumber() {
        assertRefused(
                alice.card().replace("name: Alice", "name=Alice"), "member card, line 3: expected 'field: value'");
        assertRefused(
                alice.card().replace("name: Alice", "nickname: Alice"),
                "member card, line 3: unknown field 'nickname'");
    }

    @ParameterizedTest
    @CsvSource({"member", "name", "signing-key", "age-recipient", "fingerprint", "signature"})
    void aMissingFieldIsNamed(String field) {
        String card = alice.card().replaceAll("(?m)^" + field + ": .*\n", "");

        assertRefused(card, "member card, " + field + ": the field is missing");
    }

    @Test
    void aDuplicateFieldIsRefusedWithBothLines() {
        String card = alice.card().replace("name: Alice\n", "name: Alice\nname: Bob\n");

        assertRefused(card, "member card, line 4, name: appears twice (first on line 3)");
    }

    @Test
    void aLineAfterTheSignatureIsRefused() {
        String fingerprintLine = "fingerprint: " + Fingerprint.of(alice.member()) + "\n";
        String card = alice.card().replace(fingerprintLine, "") + fingerprintLine;

        assertRefused(card, "member card, line 7, fingerprint: comes after the signature, which must be the last line");
    }

    @Test
    void aBadMemberIdIsRefused() {
        String card = alice.card().replace("member: " + alice.member().memberId(), "member: 12345");

        assertRefused(card, "member card, line 2, member: '12345' is not a member id");
    }

    @Test
    void aBadNameIsRefused() {
        assertRefused(
                alice.card().replace("name: Alice", "name: " + "x".repeat(101)),
                "member card, line 3, name: a member's name has at most 100 characters, not 101");
        assertRefused(
                alice.card().replace("name: Alice", "name:  "),
                "member card, line 3, name: a member's name is not blank");
    }

    @Test
    void aSigningKeyOfTheWrongLengthOrEncodingIsRefused() {
        String key = Base64.getEncoder().encodeToString(alice.member().signingKey());
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);

        assertRefused(
                alice.card().replace(key, shortKey),
                "member card, line 4, signing-key: has 31 bytes; an Ed25519 public key has 32");
        assertRefused(alice.card().replace(key, "not*base64"), "member card, line 4, signing-key: is not Base64");
    }

    @Test
    void aBadAgeRecipientIsRefused() {
        String recipient = alice.member().ageRecipient();

        assertRefused(
                alice.card().replace(recipient, "age1qqqq"),
                "member card, line 5, age-recipient: 'age1qqqq' is not an age recipient (age1… with an X25519 key)");
        char last = recipient.charAt(recipient.length() - 1);
        // a different last character, whatever the key: the same one left the card valid once in 32 runs
        String edited = recipient.substring(0, recipient.length() - 1) + (last == 'q' ? 'p' : 'q');
        assertRefused(alice.card().replace(recipient, edited), "member card, line 5, age-recipient: '");
    }

    @Test
    void aFingerprintThatDoesNotMatchTheKeysIsRefusedEvenWhenSigned() {
        String lines = alice.unsignedLines()
                .replace("fingerprint: " + Fingerprint.of(alice.member()), "fingerprint: AAAA-AAAA-AAAA-AAAA-AAAA");

        assertRefused(
                alice.signed(lines),
                "member card, line 6, fingerprint: does not match the member id and keys on this card");
    }

    @Test
    void anEditedCardFailsItsSelfSignature() {
        assertRefused(
                alice.card().replace("name: Alice", "name: Mallory"),
                "member card, line 7, signature: does not verify with the card's signing key: the card was changed"
                        + " after it was made");
    }

    @Test
    void keysReplacedByAnotherMembersAreCaughtByTheFingerprintOrSignature() {
        OtherMember mallory = new OtherMember(alice.member().memberId(), "Alice");
        String theirs = mallory.card();
        String swappedRecipient =
                theirs.replace(mallory.member().ageRecipient(), alice.member().ageRecipient());

        assertRefused(swappedRecipient, "member card, line 6, fingerprint: does not match");
    }

    @Test
    void aSignatureOfTheWrongLengthIsRefused() {
        String lines = alice.unsignedLines();

        assertRefused(
                lines + "signature: " + Base64.getEncoder().encodeToString(new byte[10]) + "\n",
                "member card, line 7, signature: has 10 bytes; an Ed25519 signature has 64");
    }

    @Test
    void onesOwnCardIsRefused() {
        assertThatThrownBy(() -> MemberCard.read(alice.card(), alice.member().memberId()))
                .isInstanceOf(MemberCardException.class)
                .hasMessage("member card, line 2, member: this is your own card, not another member's");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() {
        assertRefused(
                "x".repeat(MemberCard.MAX_CHARS + 1), "member card: longer than 4096 characters, so not a member card");
    }

    private void assertRefused(String card, String messageStart) {
        assertThatThrownBy(() -> MemberCard.read(card, self))
                .isInstanceOf(MemberCardException.class)
                .hasMessageStartingWith(messageStart);
    }
}
