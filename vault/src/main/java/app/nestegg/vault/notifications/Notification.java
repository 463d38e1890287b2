package app.nestegg.vault.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing the app told the person.
 *
 * @param dedupeKey what makes it the same notification as another: unique in the vault
 * @param params the values its kind's texts are built from, in the order {@link NotificationKind} gives
 * @param announcedAt when the desktop showed it as a pop-up, or null before
 * @param readAt when the person marked it read, or null
 */
public record Notification(
        UUID id,
        NotificationKind kind,
        String dedupeKey,
        List<String> params,
        Instant createdAt,
        Instant announcedAt,
        Instant readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        params = List.copyOf(params);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean read() {
        return readAt != null;
    }

    public boolean announced() {
        return announcedAt != null;
    }
}
