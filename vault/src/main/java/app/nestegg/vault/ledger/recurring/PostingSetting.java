package app.nestegg.vault.ledger.recurring;

import static app.nestegg.vault.store.generated.Tables.LOCAL_SETTING;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.store.ChangeLog;

/**
 * Whether this vault enters due scheduled transactions. Local to this vault, on by default: in a household exactly one
 * member's vault should post them, so the merged ledgers never hold one bill twice.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "which vault posts scheduled transactions is a choice per computer, never merged")
final class PostingSetting {

    static final String NAME = "posts-scheduled-transactions";

    private final ChangeLog log;

    PostingSetting(ChangeLog log) {
        this.log = log;
    }

    boolean posts() {
        String value = log.read(dsl -> dsl.select(LOCAL_SETTING.SETTING_VALUE)
                .from(LOCAL_SETTING)
                .where(LOCAL_SETTING.NAME.eq(NAME))
                .fetchOne(LOCAL_SETTING.SETTING_VALUE));
        return value == null || Boolean.parseBoolean(value);
    }

    void set(boolean posts) {
        log.write(w -> w.dsl()
                .mergeInto(LOCAL_SETTING)
                .using(w.dsl().selectOne())
                .on(LOCAL_SETTING.NAME.eq(NAME))
                .whenMatchedThenUpdate()
                .set(LOCAL_SETTING.SETTING_VALUE, Boolean.toString(posts))
                .whenNotMatchedThenInsert(LOCAL_SETTING.NAME, LOCAL_SETTING.SETTING_VALUE)
                .values(NAME, Boolean.toString(posts))
                .execute());
    }
}
