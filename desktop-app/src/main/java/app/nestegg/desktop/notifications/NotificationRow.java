package app.nestegg.desktop.notifications;

import java.util.UUID;

/** One notification as the panel lists it: its texts, when it came, and whether it was read. */
public record NotificationRow(UUID id, String title, String text, String when, boolean read) {}
