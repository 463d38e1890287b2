package app.nestegg.sync.fake.plaid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic ids in Plaid's shapes: opaque 37-character alphanumeric ids for Items, accounts and transactions,
 * UUID-based tokens with the environment prefix, and 15-character request ids. The same seed and sequence give the
 * same ids in every run.
 */
final class FakeIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final String seed;
    private long next;

    FakeIds(String seed) {
        this.seed = seed;
    }

    /** An opaque id of 37 letters and digits, like Plaid's {@code item_id}, {@code account_id}, {@code transaction_id}. */
    synchronized String opaque() {
        return alphanumeric("id", next++, 37);
    }

    /** A request id of 15 letters and digits. */
    synchronized String requestId() {
        return alphanumeric("request", next++, 15);
    }

    /** {@code kind-environment-uuid}, e.g. {@code access-sandbox-…}. */
    synchronized String token(String kind, String environment) {
        byte[] name = (seed + "/" + kind + "/" + next++).getBytes(StandardCharsets.UTF_8);
        return kind + "-" + environment + "-" + UUID.nameUUIDFromBytes(name);
    }

    private String alphanumeric(String kind, long n, int length) {
        StringBuilder text = new StringBuilder(length);
        int round = 0;
        while (text.length() < length) {
            byte[] hash = sha256(seed + "/" + kind + "/" + n + "/" + round++);
            for (byte b : hash) {
                if (text.length() == length) {
                    break;
                }
                text.append(ALPHABET.charAt((b & 0xff) % ALPHABET.length()));
            }
        }
        return text.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
