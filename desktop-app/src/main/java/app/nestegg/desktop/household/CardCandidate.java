package app.nestegg.desktop.household;

import app.nestegg.vault.household.MemberKeys;

/**
 * A card read and waiting for the person to compare its fingerprint with what the other member reads out; {@code again}
 * when the member was removed before and comes back.
 */
public record CardCandidate(MemberKeys keys, String fingerprint, boolean again) {

    public String name() {
        return keys.name();
    }
}
