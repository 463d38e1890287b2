package app.nestegg.vault.household.bundle;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;

/**
 * Ed25519 keys between the JDK's key objects and the raw 32-byte forms {@code MemberKeys} and {@code OwnKeys} hold.
 * The raw public key is RFC 8032's encoding: the y coordinate little-endian, the parity of x in the top bit of the
 * last byte; the JDK exposes only the decoded point, so the conversion is written here.
 */
public final class Ed25519Keys {

    static final int KEY_LENGTH = 32;

    private Ed25519Keys() {}

    /** The RFC 8032 encoding of a JDK Ed25519 public key. */
    public static byte[] rawPublicKey(EdECPublicKey key) {
        EdECPoint point = key.getPoint();
        byte[] bigEndian = point.getY().toByteArray();
        byte[] raw = new byte[KEY_LENGTH];
        for (int i = 0; i < KEY_LENGTH && i < bigEndian.length; i++) {
            raw[i] = bigEndian[bigEndian.length - 1 - i];
        }
        if (point.isXOdd()) {
            raw[KEY_LENGTH - 1] |= (byte) 0x80;
        }
        return raw;
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] bigEndian = new byte[KEY_LENGTH];
        for (int i = 0; i < KEY_LENGTH; i++) {
            bigEndian[i] = raw[KEY_LENGTH - 1 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, bigEndian));
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    }

    static PrivateKey privateKey(byte[] seed) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    }
}
