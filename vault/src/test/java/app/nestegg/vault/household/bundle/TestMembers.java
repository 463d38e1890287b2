package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.store.Ids;
import com.exceptionfactory.jagged.x25519.X25519KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.util.Arrays;

/** Household members with real keys made for a test or benchmark: a JDK Ed25519 pair and a jagged X25519 pair. */
public final class TestMembers {

    private TestMembers() {}

    public static OwnKeys newMember(String name) {
        try {
            KeyPair signing = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] seed = ((EdECPrivateKey) signing.getPrivate()).getBytes().orElseThrow();
            byte[] encoded = signing.getPublic().getEncoded();
            byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
            KeyPair age = new X25519KeyPairGenerator().generateKeyPair();
            MemberKeys keys =
                    new MemberKeys(Ids.newId(), name, publicKey, age.getPublic().toString());
            return new OwnKeys(keys, seed, age.getPrivate().toString().toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 and X25519 are part of every Java runtime", e);
        }
    }
}
