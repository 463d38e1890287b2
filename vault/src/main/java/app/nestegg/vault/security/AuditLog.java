package app.nestegg.vault.security;

import static app.nestegg.vault.store.generated.Tables.AUDIT_EVENT;

import app.nestegg.vault.store.Ids;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** The audit trail of security events inside the encrypted vault. */
public final class AuditLog {

    private static final int MAX_DETAIL = 500;

    private AuditLog() {}

    public static void append(DSLContext dsl, Instant at, AuditKind kind, String detail) {
        String text = detail == null ? "" : detail;
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ID, Ids.newId())
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.KIND, kind.name())
                .set(AUDIT_EVENT.DETAIL, text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) : text)
                .execute();
    }

    /** Deletes the events that occurred before {@code instant}; returns how many. */
    public static int deleteBefore(DSLContext dsl, Instant instant) {
        return dsl.deleteFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.OCCURRED_AT.lt(instant))
                .execute();
    }

    /** The newest events first. */
    public static List<AuditEvent> recent(DSLContext dsl, int limit) {
        return dsl.selectFrom(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(row -> new AuditEvent(row.getOccurredAt(), AuditKind.valueOf(row.getKind()), row.getDetail()));
    }
}
