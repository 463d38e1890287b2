package app.nestegg.vault.household;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The text a member hands to the others to be added: a first line naming the format and its version, then one
 * {@code field: value} line each for the member id, name, Ed25519 public key (Base64), age recipient and fingerprint,
 * and last the Ed25519 signature (Base64) over every line before it, each ending in a line feed, so no line can be
 * changed unnoticed. {@link #read} refuses with the line and field at fault.
 */
public final class MemberCard {

    public static final String FIRST_LINE = "nest-egg member card 1";
    /** A card is a few hundred bytes; anything much larger is not one. */
    public static final int MAX_CHARS = 4096;

    static final String FORMAT_PREFIX = "nest-egg member card ";
    static final String MEMBER = "member";
    static final String NAME = "name";
    static final String SIGNING_KEY = "signing-key";
    static final String AGE_RECIPIENT = "age-recipient";
    static final String FINGERPRINT = "fingerprint";
    static final String SIGNATURE = "signature";
    private static final List<String> SIGNED_FIELDS = List.of(MEMBER, NAME, SIGNING_KEY, AGE_RECIPIENT, FINGERPRINT);

    private MemberCard() {}

    /** The card of this vault's own member, signed with its private key. */
    public static String write(OwnKeys own) {
        MemberKeys keys = own.member();
        String signed = FIRST_LINE + "\n"
                + MEMBER + ": " + keys.memberId() + "\n"
                + NAME + ": " + keys.name() + "\n"
                + SIGNING_KEY + ": " + Base64.getEncoder().encodeToString(keys.signingKey()) + "\n"
                + AGE_RECIPIENT + ": " + keys.ageRecipient() + "\n"
                + FINGERPRINT + ": " + Fingerprint.of(keys) + "\n";
        byte[] seed = own.signingSeed();
        try {
            byte[] signature = Ed25519.sign(seed, signed.getBytes(StandardCharsets.UTF_8));
            return signed + SIGNATURE + ": " + Base64.getEncoder().encodeToString(signature) + "\n";
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /**
     * Reads a card and checks its keys, fingerprint and self-signature.
     *
     * @param self this vault's own member id: its own card is refused
     * @throws MemberCardException naming the line and field at fault
     */
    public static MemberKeys read(String text, UUID self) {
        if (text.length() > MAX_CHARS) {
            throw new MemberCardException(0, null, "longer than " + MAX_CHARS + " characters, so not a member card");
        }
        String[] lines = text.replace("\r\n", "\n").replaceFirst("^\uFEFF", "").split("\n", -1);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--;
        }
        checkFirstLine(last == 0 ? "" : lines[0]);
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        StringBuilder signed = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < last; i++) {
            int number = i + 1;
            String line = lines[i];
            int colon = line.indexOf(": ");
            if (colon <= 0) {
                throw new MemberCardException(number, null, "expected 'field: value', found '" + shorten(line) + "'");
            }
            String field = line.substring(0, colon);
            if (!SIGNED_FIELDS.contains(field) && !field.equals(SIGNATURE)) {
                throw new MemberCardException(number, null, "unknown field '" + shorten(field) + "'");
            }
            if (lineOf.containsKey(field)) {
                throw new MemberCardException(number, field, "appears twice (first on line " + lineOf.get(field) + ")");
            }
            if (values.containsKey(SIGNATURE)) {
                throw new MemberCardException(number, field, "comes after the signature, which must be the last line");
            }
            lineOf.put(field, number);
            values.put(field, line.substring(colon + 2));
            if (!field.equals(SIGNATURE)) {
                signed.append(line).append('\n');
            }
        }
        for (String field : SIGNED_FIELDS) {
            if (!values.containsKey(field)) {
                throw new MemberCardException(0, field, "the field is missing");
            }
        }
        if (!values.containsKey(SIGNATURE)) {
            throw new MemberCardException(0, SIGNATURE, "the field is missing");
        }
        return checked(values, lineOf, signed.toString(), self);
    }

    private static MemberKeys checked(
            Map<String, String> values, Map<String, Integer> lineOf, String signed, UUID self) {
        UUID memberId = memberId(values.get(MEMBER), lineOf.get(MEMBER));
        String name = values.get(NAME).strip();
        String nameProblem = nameProblem(name);
        if (nameProblem != null) {
            throw new MemberCardException(lineOf.get(NAME), NAME, nameProblem);
        }
        byte[] signingKey = bytes(values, lineOf, SIGNING_KEY, Ed25519.KEY_BYTES, "an Ed25519 public key");
        String recipient = values.get(AGE_RECIPIENT);
        if (!AgeKeys.isRecipient(recipient)) {
            throw new MemberCardException(
                    lineOf.get(AGE_RECIPIENT),
                    AGE_RECIPIENT,
                    "'" + shorten(recipient) + "' is not an age recipient" + " (age1… with an X25519 key)");
        }
        MemberKeys keys = new MemberKeys(memberId, name, signingKey, recipient);
        String expected = Fingerprint.of(keys);
        if (!expected.equals(values.get(FINGERPRINT))) {
            throw new MemberCardException(
                    lineOf.get(FINGERPRINT), FINGERPRINT, "does not match the member id and keys on this card");
        }
        byte[] signature = bytes(values, lineOf, SIGNATURE, Ed25519.SIGNATURE_BYTES, "an Ed25519 signature");
        if (!Ed25519.verify(signingKey, signed.getBytes(StandardCharsets.UTF_8), signature)) {
            throw new MemberCardException(
                    lineOf.get(SIGNATURE),
                    SIGNATURE,
                    "does not verify with the card's signing key: the card was changed after it was made");
        }
        if (memberId.equals(self)) {
            throw new MemberCardException(lineOf.get(MEMBER), MEMBER, "this is your own card, not another member's");
        }
        return keys;
    }

    /** Why {@code name} cannot be a member's name, or null when it can. */
    static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "a member's name is not blank";
        }
        if (name.length() > 100) {
            return "a member's name has at most 100 characters, not " + name.length();
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "a member's name holds no control characters";
        }
        return null;
    }

    private static void checkFirstLine(String first) {
        if (first.equals(FIRST_LINE)) {
            return;
        }
        if (first.startsWith(FORMAT_PREFIX)) {
            throw new MemberCardException(
                    1,
                    null,
                    "version '" + shorten(first.substring(FORMAT_PREFIX.length()))
                            + "' is not one this Nest Egg reads (it reads 1); update Nest Egg");
        }
        throw new MemberCardException(1, null, "not a Nest Egg member card (it starts with '" + FIRST_LINE + "')");
    }

    private static UUID memberId(String value, int line) {
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equals(value)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new MemberCardException(line, MEMBER, "'" + shorten(value) + "' is not a member id");
    }

    private static byte[] bytes(
            Map<String, String> values, Map<String, Integer> lineOf, String field, int length, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(values.get(field));
        } catch (IllegalArgumentException e) {
            throw new MemberCardException(lineOf.get(field), field, "is not Base64");
        }
        if (bytes.length != length) {
            throw new MemberCardException(
                    lineOf.get(field), field, "has " + bytes.length + " bytes; " + what + " has " + length);
        }
        return bytes;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
