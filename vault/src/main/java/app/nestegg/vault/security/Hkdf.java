package app.nestegg.vault.security;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF with HMAC-SHA256 (RFC 5869), used to derive independent subkeys from one high-entropy key. */
public final class Hkdf {

    /** RFC 5869 caps the output at 255 hash lengths. */
    static final int MAX_LENGTH = 255 * 32;

    private static final byte[] FIXED_SALT = "nest-egg/hkdf/v1".getBytes(StandardCharsets.UTF_8);

    private Hkdf() {}

    /**
     * Derives {@code length} bytes from {@code inputKey}.
     *
     * @param inputKey the input keying material; not modified
     * @param salt the extract salt; null or empty means a block of zeros, as RFC 5869 specifies
     * @param info the context string binding the output to one purpose; null means empty
     * @param length the output length, 1 to 8160 bytes
     * @return a new array the caller wipes
     */
    public static byte[] derive(byte[] inputKey, byte[] salt, byte[] info, int length) {
        Objects.requireNonNull(inputKey, "inputKey");
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 output length must be 1 to " + MAX_LENGTH + " bytes");
        }
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(inputKey, salt, info));
        byte[] output = new byte[length];
        generator.generateBytes(output, 0, length);
        return output;
    }

    /**
     * Derives {@code length} bytes from {@code inputKey} for the purpose named by {@code info}, with the app's fixed
     * salt ({@code "nest-egg/hkdf/v1"}).
     */
    public static byte[] derive(byte[] inputKey, String info, int length) {
        Objects.requireNonNull(info, "info");
        return derive(inputKey, FIXED_SALT.clone(), info.getBytes(StandardCharsets.UTF_8), length);
    }
}
