package app.nestegg.desktop.household;

import java.util.UUID;

/** A member as the members table shows it; {@code self} rows cannot be removed. */
public record MemberRow(UUID id, String name, String fingerprint, String status, String added, boolean self) {}
