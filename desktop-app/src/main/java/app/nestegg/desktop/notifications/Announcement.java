package app.nestegg.desktop.notifications;

/** What one pop-up says: a notification, or a summary of several that arrived together. */
public record Announcement(String title, String text) {}
