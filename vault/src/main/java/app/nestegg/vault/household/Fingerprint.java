package app.nestegg.vault.household;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;

/**
 * The short text two members compare, in person or by phone, before trusting a card: SHA-256 over the member id and
 * both public keys, its first 100 bits as five groups of four Base32 characters ({@code ABCD-EFGH-IJKL-MNOP-QRST}).
 * 100 bits leave no practical room to make another key pair with the same fingerprint.
 */
public final class Fingerprint {

    private static final byte[] DOMAIN = "nest-egg member fingerprint 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int GROUPS = 5;
    private static final int GROUP = 4;

    private Fingerprint() {}

    public static String of(MemberKeys member) {
        return of(member.memberId(), member.signingKey(), member.ageRecipient());
    }

    public static String of(UUID memberId, byte[] signingKey, String ageRecipient) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
        sha256.update(DOMAIN);
        sha256.update(ByteBuffer.allocate(16)
                .putLong(memberId.getMostSignificantBits())
                .putLong(memberId.getLeastSignificantBits())
                .array());
        sha256.update(signingKey);
        sha256.update(ageRecipient.getBytes(StandardCharsets.US_ASCII));
        // 15 bytes are 24 Base32 characters without padding; the first 20 are kept.
        String base32 = new Base32().encodeAsString(Arrays.copyOf(sha256.digest(), 15));
        StringBuilder text = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                text.append('-');
            }
            text.append(base32, group * GROUP, (group + 1) * GROUP);
        }
        return text.toString();
    }
}
