package app.nestegg.vault.household;

import java.time.Instant;
import java.util.Objects;

/**
 * A member as this vault lists them: their public keys, whether it is this vault's own member, their status, when they
 * were (last) added and, once removed, when.
 */
public record Member(MemberKeys keys, boolean self, MemberStatus status, Instant addedAt, Instant removedAt) {

    public Member {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(addedAt, "addedAt");
        if ((status == MemberStatus.REMOVED) != (removedAt != null)) {
            throw new IllegalArgumentException("a removed member, and only one, has a removal time");
        }
    }

    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }

    public String fingerprint() {
        return Fingerprint.of(keys);
    }
}
