package app.nestegg.vault.security;

import java.time.Instant;
import java.util.Objects;

/** One line of the audit log; {@code detail} is plain text that never holds a secret. */
public record AuditEvent(Instant at, AuditKind kind, String detail) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }
}
