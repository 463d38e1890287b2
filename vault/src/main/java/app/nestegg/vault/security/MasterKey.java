package app.nestegg.vault.security;

import java.security.SecureRandom;
import java.util.Objects;
import org.apache.commons.codec.binary.Hex;

/**
 * The vault's 256-bit master key, from which every other key is derived. Held only while the vault is unlocked;
 * {@link #close()} wipes it and every later use fails.
 */
public final class MasterKey implements AutoCloseable {

    /** Length of the key in bytes. */
    public static final int LENGTH = 32;

    private final byte[] key;
    private boolean wiped;

    private MasterKey(byte[] key) {
        this.key = key;
    }

    /** A fresh random master key. */
    public static MasterKey generate(SecureRandom random) {
        byte[] key = new byte[LENGTH];
        random.nextBytes(key);
        return new MasterKey(key);
    }

    /**
     * A master key holding a copy of {@code key}; the caller still wipes its own array.
     *
     * @throws IllegalArgumentException if {@code key} is not 32 bytes long
     */
    public static MasterKey copyOf(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("a master key is " + LENGTH + " bytes, not " + key.length);
        }
        return new MasterKey(key.clone());
    }

    /** A copy of the key bytes, e.g. to wrap them; the caller wipes it. */
    public synchronized byte[] copyBytes() {
        ensureNotWiped();
        return key.clone();
    }

    /** The 32-byte subkey for {@code purpose}; the caller wipes it. */
    public synchronized byte[] subkey(Subkey purpose) {
        Objects.requireNonNull(purpose, "purpose");
        ensureNotWiped();
        return Hkdf.derive(key, purpose.info(), LENGTH);
    }

    /**
     * The connection password for an H2 database opened with {@code CIPHER=AES}: the lowercase hex of the file
     * password subkey, a space, and the lowercase hex of the user password subkey. H2 splits it at the first space.
     * The caller wipes it.
     */
    public synchronized char[] h2Password() {
        byte[] filePassword = subkey(Subkey.H2_FILE_PASSWORD);
        byte[] userPassword = subkey(Subkey.H2_USER_PASSWORD);
        char[] fileHex = Hex.encodeHex(filePassword, true);
        char[] userHex = Hex.encodeHex(userPassword, true);
        try {
            char[] password = new char[fileHex.length + 1 + userHex.length];
            System.arraycopy(fileHex, 0, password, 0, fileHex.length);
            password[fileHex.length] = ' ';
            System.arraycopy(userHex, 0, password, fileHex.length + 1, userHex.length);
            return password;
        } finally {
            Wipe.bytes(filePassword, userPassword);
            Wipe.chars(fileHex, userHex);
        }
    }

    /** Wipes the key; safe to call more than once. */
    @Override
    public synchronized void close() {
        Wipe.bytes(key);
        wiped = true;
    }

    @Override
    public synchronized String toString() {
        return wiped ? "MasterKey[wiped]" : "MasterKey[" + LENGTH + " bytes]";
    }

    private void ensureNotWiped() {
        if (wiped) {
            throw new IllegalStateException("master key already wiped");
        }
    }
}
