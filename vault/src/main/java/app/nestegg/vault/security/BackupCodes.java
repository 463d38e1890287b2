package app.nestegg.vault.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time backup codes that stand in for a TOTP code when the authenticator is lost. Codes are 8 characters from an
 * alphabet without look-alikes (no i, l, o, 0, 1), shown as {@code xxxx-xxxx}, and stored only as HMAC-SHA256 hashes
 * under a key derived from the master key.
 */
public final class BackupCodes {

    /** How many codes one generation makes. */
    public static final int COUNT = 10;

    /** Characters per code, without the dash. */
    static final int LENGTH = 8;

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final String HMAC = "HmacSHA256";

    private BackupCodes() {}

    /** {@link #COUNT} distinct random codes, each {@code xxxx-xxxx}; the caller wipes them. */
    public static List<char[]> generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        List<char[]> codes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            char[] code = newCode(random);
            if (codes.stream().anyMatch(existing -> Arrays.equals(existing, code))) {
                Wipe.chars(code);
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The stored form of {@code code}: HMAC-SHA256 under {@code hashingKey} of the code as {@link #normalize}d. */
    public static byte[] hash(byte[] hashingKey, CharSequence code) {
        Objects.requireNonNull(hashingKey, "hashingKey");
        char[] normalized = normalize(code);
        byte[] utf8 = toUtf8(normalized);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(hashingKey, HMAC));
            return mac.doFinal(utf8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's HMAC-SHA256 failed unexpectedly", e);
        } finally {
            Wipe.chars(normalized);
            Wipe.bytes(utf8);
        }
    }

    /** Whether {@code typed} has the shape of a backup code (8 alphabet characters once normalized). */
    public static boolean looksLikeBackupCode(CharSequence typed) {
        if (typed == null) {
            return false;
        }
        char[] normalized = normalize(typed);
        try {
            if (normalized.length != LENGTH) {
                return false;
            }
            for (char c : normalized) {
                if (ALPHABET.indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        } finally {
            Wipe.chars(normalized);
        }
    }

    /** Lower case, with spaces (any whitespace) and dashes removed. */
    static char[] normalize(CharSequence code) {
        Objects.requireNonNull(code, "code");
        char[] buffer = new char[code.length()];
        int count = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                buffer[count++] = Character.toLowerCase(c);
            }
        }
        char[] normalized = Arrays.copyOf(buffer, count);
        Wipe.chars(buffer);
        return normalized;
    }

    private static char[] newCode(SecureRandom random) {
        char[] code = new char[LENGTH + 1];
        for (int i = 0, out = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code[out++] = '-';
            }
            code[out++] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return code;
    }

    private static byte[] toUtf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
