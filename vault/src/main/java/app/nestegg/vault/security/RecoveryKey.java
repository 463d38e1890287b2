package app.nestegg.vault.security;

import java.security.SecureRandom;
import java.util.Objects;
import org.apache.commons.codec.binary.Base32;

/**
 * A 160-bit key the user prints and keeps, able to unwrap the master key when the passphrase is lost. It is shown as
 * 32 Base32 characters in 8 groups of 4, e.g. {@code ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567}.
 */
public final class RecoveryKey implements AutoCloseable {

    /** Length of the key in bytes. */
    public static final int LENGTH = 20;

    /** Number of Base32 characters (160 bits / 5 bits). */
    static final int CHARACTERS = 32;

    private static final int GROUP = 4;
    private static final String EXPECTED_FORM = "A recovery key has 32 characters, letters A to Z and digits 2 to 7,"
            + " printed as 8 groups of 4 separated by dashes (XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX)";
    private static final Base32 BASE32 = new Base32();

    private final byte[] bytes;
    private boolean wiped;

    private RecoveryKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A fresh random recovery key. */
    public static RecoveryKey generate(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new RecoveryKey(bytes);
    }

    /**
     * Reads a recovery key as the user typed it. Spaces, dashes and case are ignored, and the digits people confuse
     * with letters are read as those letters: {@code 0} as O, {@code 1} as I, {@code 8} as B. The caller still wipes
     * {@code typed}.
     *
     * @throws IllegalArgumentException if the input is not 32 Base32 characters; the message describes the expected
     *     form and does not repeat the input
     */
    public static RecoveryKey parse(char[] typed) {
        Objects.requireNonNull(typed, "typed");
        byte[] ascii = new byte[CHARACTERS];
        try {
            int count = 0;
            for (char c : typed) {
                if (c == '-' || Character.isWhitespace(c)) {
                    continue;
                }
                char normalized = normalize(c);
                if (!isBase32(normalized) || count == CHARACTERS) {
                    throw new IllegalArgumentException(EXPECTED_FORM);
                }
                ascii[count++] = (byte) normalized;
            }
            if (count != CHARACTERS) {
                throw new IllegalArgumentException(EXPECTED_FORM);
            }
            return new RecoveryKey(BASE32.decode(ascii));
        } finally {
            Wipe.bytes(ascii);
        }
    }

    /** The key as printed, {@code XXXX-XXXX-…} (39 characters); the caller wipes it. */
    public synchronized char[] formatted() {
        ensureNotWiped();
        byte[] ascii = BASE32.encode(bytes);
        try {
            char[] formatted = new char[CHARACTERS + CHARACTERS / GROUP - 1];
            int out = 0;
            for (int i = 0; i < CHARACTERS; i++) {
                if (i > 0 && i % GROUP == 0) {
                    formatted[out++] = '-';
                }
                formatted[out++] = (char) ascii[i];
            }
            return formatted;
        } finally {
            Wipe.bytes(ascii);
        }
    }

    /** The 32-byte key that wraps the master key for recovery ({@link Subkey#RECOVERY_WRAP}); the caller wipes it. */
    public synchronized byte[] wrapKey() {
        ensureNotWiped();
        return Hkdf.derive(bytes, Subkey.RECOVERY_WRAP.info(), 32);
    }

    /** Wipes the key; safe to call more than once. */
    @Override
    public synchronized void close() {
        Wipe.bytes(bytes);
        wiped = true;
    }

    @Override
    public synchronized String toString() {
        return wiped ? "RecoveryKey[wiped]" : "RecoveryKey[" + LENGTH + " bytes]";
    }

    private static char normalize(char c) {
        char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
        return switch (upper) {
            case '0' -> 'O';
            case '1' -> 'I';
            case '8' -> 'B';
            default -> upper;
        };
    }

    private static boolean isBase32(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');
    }

    private void ensureNotWiped() {
        if (wiped) {
            throw new IllegalStateException("recovery key already wiped");
        }
    }
}
