package app.nestegg.vault.exchange.export;

import app.nestegg.vault.security.Wipe;
import com.exceptionfactory.jagged.RecipientStanza;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * The age v1 {@code scrypt} recipient stanza, {@code -> scrypt <salt> <log2 N>}: the file key sealed with
 * ChaCha20-Poly1305 under a zero nonce, with a key scrypt derives from the passphrase (r = 8, p = 1, 32 bytes) and the
 * salt {@code age-encryption.org/v1/scrypt} followed by 16 random bytes. Written here because jagged's own scrypt
 * module is not published (ADR 0011).
 */
record ScryptStanza(String salt, String workFactor, byte[] body) implements RecipientStanza {

    static final String TYPE = "scrypt";
    static final int SALT_LENGTH = 16;
    static final int BODY_LENGTH = 32;
    /** age's default work factor, about a second and 256 MiB; what the app writes. */
    static final int DEFAULT_WORK_FACTOR = 18;
    /** The highest work factor the age tool accepts when it decrypts; a reader refuses more (a denial of service). */
    static final int MAX_WORK_FACTOR = 22;

    private static final byte[] LABEL = "age-encryption.org/v1/scrypt".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public List<String> getArguments() {
        return List.of(salt, workFactor);
    }

    @Override
    public byte[] getBody() {
        return body.clone();
    }

    /** The key that wraps the file key: scrypt over the passphrase's UTF-8 bytes. */
    static byte[] wrappingKey(char[] passphrase, byte[] salt, int workFactor) {
        byte[] labelledSalt = Arrays.copyOf(LABEL, LABEL.length + salt.length);
        System.arraycopy(salt, 0, labelledSalt, LABEL.length, salt.length);
        byte[] password = utf8(passphrase);
        try {
            return SCrypt.generate(password, labelledSalt, 1 << workFactor, 8, 1, 32);
        } finally {
            Wipe.bytes(password);
        }
    }

    static byte[] seal(byte[] wrappingKey, byte[] fileKey) throws GeneralSecurityException {
        return cipher(Cipher.ENCRYPT_MODE, wrappingKey).doFinal(fileKey);
    }

    static byte[] open(byte[] wrappingKey, byte[] body) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, wrappingKey).doFinal(body);
    }

    private static Cipher cipher(int mode, byte[] key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("ChaCha20-Poly1305");
        cipher.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(new byte[12]));
        return cipher;
    }

    private static byte[] utf8(char[] passphrase) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
