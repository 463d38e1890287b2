package app.nestegg.vault.household.bundle;

import java.util.Optional;
import java.util.UUID;

/** The reading vault's members, looked up by id: how a bundle's author is found before its signature is checked. */
@FunctionalInterface
public interface KnownMembers {

    /** The member with this id, active or removed, or empty when this vault never knew them. */
    Optional<KnownMember> find(UUID memberId);
}
