package app.nestegg.vault.household;

import java.util.Arrays;
import java.util.UUID;

/**
 * A household member as this vault knows them: the public halves only. {@code signingKey} is the raw 32-byte Ed25519
 * public key; {@code ageRecipient} is the member's X25519 key in age's {@code age1…} form, which bundles are encrypted
 * to.
 */
public record MemberKeys(UUID memberId, String name, byte[] signingKey, String ageRecipient) {

    public MemberKeys {
        if (signingKey.length != 32) {
            throw new IllegalArgumentException("An Ed25519 public key has 32 bytes, not " + signingKey.length);
        }
        signingKey = signingKey.clone();
    }

    @Override
    public byte[] signingKey() {
        return signingKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberKeys that
                && memberId.equals(that.memberId)
                && name.equals(that.name)
                && Arrays.equals(signingKey, that.signingKey)
                && ageRecipient.equals(that.ageRecipient);
    }

    @Override
    public int hashCode() {
        return memberId.hashCode();
    }

    @Override
    public String toString() {
        return "MemberKeys[" + memberId + ", " + name + "]";
    }
}
