package app.nestegg.vault;

import static app.nestegg.vault.store.generated.Tables.CONSENT;

import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.AuditLog;
import app.nestegg.vault.store.Ids;
import java.time.Instant;
import org.jooq.DSLContext;

/** Acceptance of the terms and the privacy notice, recorded with their version and time. */
final class Consents {

    private Consents() {}

    static void record(DSLContext dsl, Instant at, int version) {
        for (String document : new String[] {"TERMS", "PRIVACY"}) {
            dsl.insertInto(CONSENT)
                    .set(CONSENT.ID, Ids.newId())
                    .set(CONSENT.DOCUMENT, document)
                    .set(CONSENT.VERSION, version)
                    .set(CONSENT.ACCEPTED_AT, at)
                    .execute();
        }
        AuditLog.append(dsl, at, AuditKind.TERMS_ACCEPTED, "Terms and privacy notice version " + version);
    }

    /** The newest version accepted, or 0 when none was. */
    static int acceptedVersion(DSLContext dsl) {
        Integer version = dsl.select(org.jooq.impl.DSL.max(CONSENT.VERSION))
                .from(CONSENT)
                .where(CONSENT.DOCUMENT.eq("TERMS"))
                .fetchOne(0, Integer.class);
        return version == null ? 0 : version;
    }
}
