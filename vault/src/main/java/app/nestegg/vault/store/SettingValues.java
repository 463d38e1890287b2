package app.nestegg.vault.store;

import static app.nestegg.vault.store.generated.Tables.SETTING;

import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Reads and writes the vault's {@code setting} table: named values of this vault that are not ledger data, so they
 * are written directly rather than through the change log.
 */
public final class SettingValues {

    private SettingValues() {}

    /** The stored values of those {@code names} that are set. */
    public static Map<String, String> get(DSLContext dsl, String... names) {
        return dsl
                .select(SETTING.NAME, SETTING.SETTING_VALUE)
                .from(SETTING)
                .where(SETTING.NAME.in(names))
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }

    /** Stores {@code value} under {@code name}, replacing what was there. */
    public static void put(DSLContext dsl, String name, String value) {
        dsl.mergeInto(SETTING)
                .using(dsl.selectOne())
                .on(SETTING.NAME.eq(name))
                .whenMatchedThenUpdate()
                .set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.NAME, SETTING.SETTING_VALUE)
                .values(name, value)
                .execute();
    }
}
