package app.nestegg.vault.notifications;

import static app.nestegg.vault.store.generated.Tables.NOTIFICATION;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.Json;
import app.nestegg.vault.store.generated.tables.records.NotificationRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The notification history of this vault. Producers {@link #add} a notification under a dedupe key, so producing the
 * same one again (a job running twice, a restart) stores nothing; the desktop announces each once and the person
 * marks them read. Old entries go with {@link #deleteOlderThan}.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "notifications are what this computer told its person, which no other household member merges")
public final class Notifications {

    static final int MAX_KEY = 200;
    static final int MAX_PARAMS = 4000;

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final ObjectWriter COMPACT = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final ChangeLog log;
    private final Clock clock;

    public Notifications(ChangeLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Stores a notification unless one with the same {@code dedupeKey} exists.
     *
     * @return the new notification, or empty when it was there already
     */
    public Optional<Notification> add(NotificationKind kind, String dedupeKey, List<String> params) {
        Objects.requireNonNull(kind, "kind");
        if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("a dedupe key has 1 to " + MAX_KEY + " characters");
        }
        String json = json(params);
        return log.write(w -> {
            if (w.dsl().fetchExists(NOTIFICATION, NOTIFICATION.DEDUPE_KEY.eq(dedupeKey))) {
                return Optional.empty();
            }
            NotificationRecord record = w.dsl().newRecord(NOTIFICATION);
            record.setId(Ids.newId());
            record.setKind(kind.name());
            record.setDedupeKey(dedupeKey);
            record.setParams(json);
            record.setCreatedAt(clock.instant());
            record.insert();
            return Optional.of(toNotification(record));
        });
    }

    /** Whether a notification with this dedupe key is stored. */
    public boolean exists(String dedupeKey) {
        return log.read(dsl -> dsl.fetchExists(NOTIFICATION, NOTIFICATION.DEDUPE_KEY.eq(dedupeKey)));
    }

    /** The history, newest first, at most {@code limit}. */
    public List<Notification> newestFirst(int limit) {
        return log.read(dsl -> dsl.selectFrom(NOTIFICATION)
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(limit)
                .fetch(Notifications::toNotification));
    }

    /** The notifications not yet shown as a pop-up, oldest first. */
    public List<Notification> unannounced() {
        return log.read(dsl -> dsl.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.ANNOUNCED_AT.isNull())
                .orderBy(NOTIFICATION.CREATED_AT, NOTIFICATION.ID)
                .fetch(Notifications::toNotification));
    }

    public int unreadCount() {
        return log.read(dsl -> dsl.fetchCount(NOTIFICATION, NOTIFICATION.READ_AT.isNull()));
    }

    /** Records that the notifications were shown now; returns how many were not before. */
    public int markAnnounced(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return log.write(w -> w.dsl()
                .update(NOTIFICATION)
                .set(NOTIFICATION.ANNOUNCED_AT, clock.instant())
                .where(NOTIFICATION.ID.in(ids))
                .and(NOTIFICATION.ANNOUNCED_AT.isNull())
                .execute());
    }

    /** Marks every unread notification read now; returns how many. */
    public int markAllRead() {
        return log.write(w -> w.dsl()
                .update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, clock.instant())
                .where(NOTIFICATION.READ_AT.isNull())
                .execute());
    }

    /**
     * Forgets notifications created more than {@code days} days ago, to keep the history bounded; returns how many.
     * A producer whose dedupe key still applies after that (a connection broken for longer) stores it again.
     */
    public int deleteOlderThan(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("notifications are kept at least 1 day, not " + days);
        }
        Instant before = clock.instant().minus(Duration.ofDays(days));
        return log.write(w -> w.dsl()
                .deleteFrom(NOTIFICATION)
                .where(NOTIFICATION.CREATED_AT.lt(before))
                .execute());
    }

    private static String json(List<String> params) {
        Objects.requireNonNull(params, "params");
        if (params.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a notification parameter is never null");
        }
        try {
            String json = COMPACT.writeValueAsString(params);
            if (json.length() > MAX_PARAMS) {
                throw new IllegalArgumentException("a notification's parameters take at most " + MAX_PARAMS
                        + " characters as JSON, not " + json.length());
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("notification parameters cannot be written as JSON", e);
        }
    }

    private static Notification toNotification(NotificationRecord record) {
        List<String> params;
        try {
            params = Json.mapper().readValue(record.getParams(), STRINGS);
        } catch (JsonProcessingException e) {
            // The vault is hostile input: a row that is not ours shows without parameters rather than failing.
            params = List.of();
        }
        return new Notification(
                record.getId(),
                NotificationKind.valueOf(record.getKind()),
                record.getDedupeKey(),
                params,
                record.getCreatedAt(),
                record.getAnnouncedAt(),
                record.getReadAt());
    }
}
