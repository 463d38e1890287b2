package app.nestegg.vault.household;

import java.util.Arrays;

/**
 * This vault's own member with its private keys, opened from the vault for one export or merge and wiped by
 * {@link #close}. {@code signingSeed} is the 32-byte Ed25519 private key; {@code ageIdentity} the X25519 private key in
 * age's {@code AGE-SECRET-KEY-1…} form.
 */
public final class OwnKeys implements AutoCloseable {

    private final MemberKeys member;
    private final byte[] signingSeed;
    private final char[] ageIdentity;

    public OwnKeys(MemberKeys member, byte[] signingSeed, char[] ageIdentity) {
        if (signingSeed.length != 32) {
            throw new IllegalArgumentException("An Ed25519 private key has 32 bytes, not " + signingSeed.length);
        }
        this.member = member;
        this.signingSeed = signingSeed.clone();
        this.ageIdentity = ageIdentity.clone();
    }

    /** The public half, as other members hold it. */
    public MemberKeys member() {
        return member;
    }

    public byte[] signingSeed() {
        return signingSeed.clone();
    }

    public char[] ageIdentity() {
        return ageIdentity.clone();
    }

    @Override
    public void close() {
        Arrays.fill(signingSeed, (byte) 0);
        Arrays.fill(ageIdentity, '\0');
    }
}
