package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.MemberKeys;

/** A member the reading vault knows, with whether they were removed from the household (their bundles are refused). */
public record KnownMember(MemberKeys keys, boolean removed) {}
