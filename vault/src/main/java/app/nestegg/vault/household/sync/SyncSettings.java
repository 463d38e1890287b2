package app.nestegg.vault.household.sync;

import static app.nestegg.vault.store.generated.Tables.LOCAL_SETTING;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.store.ChangeLog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Household sync's settings on this computer: how far bundles written by hand and to the shared folder reached, and
 * the shared folder itself. Kept in {@code local_setting}, never merged or exported.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "how far this vault wrote bundles, and where its shared folder is, belong to this computer")
final class SyncSettings {

    static final int MAX_FOLDER_CHARS = 200;

    private static final String EXPORTED = "household.exported-hlc";
    private static final String FOLDER = "household.folder";
    private static final String FOLDER_WRITTEN = "household.folder.written-hlc";
    private static final String FOLDER_RECIPIENTS = "household.folder.recipients";
    private static final String FOLDER_LAST_FILE = "household.folder.last-file";
    private static final String FOLDER_LAST_WRITTEN_AT = "household.folder.last-written-at";

    private final ChangeLog log;

    SyncSettings(ChangeLog log) {
        this.log = log;
    }

    long exportedUpTo() {
        return get(EXPORTED).map(Long::parseLong).orElse(0L);
    }

    void setExportedUpTo(long hlc) {
        set(EXPORTED, Long.toString(hlc));
    }

    Optional<Path> folder() {
        return get(FOLDER).map(Path::of);
    }

    /** Points sync at a folder, or at none; either way the next bundle written there holds every own change. */
    void setFolder(Optional<Path> folder) {
        log.write(w -> {
            w.dsl()
                    .deleteFrom(LOCAL_SETTING)
                    .where(LOCAL_SETTING.NAME.in(
                            FOLDER, FOLDER_WRITTEN, FOLDER_RECIPIENTS, FOLDER_LAST_FILE, FOLDER_LAST_WRITTEN_AT))
                    .execute();
            folder.ifPresent(path -> w.dsl()
                    .insertInto(LOCAL_SETTING, LOCAL_SETTING.NAME, LOCAL_SETTING.SETTING_VALUE)
                    .values(FOLDER, path.toString())
                    .execute());
            return null;
        });
    }

    long folderWrittenUpTo() {
        return get(FOLDER_WRITTEN).map(Long::parseLong).orElse(0L);
    }

    /** The recipients the folder's bundles were last written for, as one text to compare. */
    String folderRecipients() {
        return get(FOLDER_RECIPIENTS).orElse("");
    }

    /** Records that the folder's bundles reach {@code hlc} for these recipients. */
    void setFolderWritten(long hlc, String recipients) {
        set(FOLDER_WRITTEN, Long.toString(hlc));
        set(FOLDER_RECIPIENTS, recipients);
    }

    void setLastFolderBundle(String fileName, Instant at) {
        set(FOLDER_LAST_FILE, fileName);
        set(FOLDER_LAST_WRITTEN_AT, at.toString());
    }

    Optional<String> lastFolderFile() {
        return get(FOLDER_LAST_FILE);
    }

    Optional<Instant> lastFolderWrittenAt() {
        return get(FOLDER_LAST_WRITTEN_AT).map(Instant::parse);
    }

    private Optional<String> get(String name) {
        return Optional.ofNullable(log.read(dsl -> dsl.select(LOCAL_SETTING.SETTING_VALUE)
                .from(LOCAL_SETTING)
                .where(LOCAL_SETTING.NAME.eq(name))
                .fetchOne(LOCAL_SETTING.SETTING_VALUE)));
    }

    private void set(String name, String value) {
        log.write(w -> w.dsl()
                .mergeInto(LOCAL_SETTING)
                .using(w.dsl().selectOne())
                .on(LOCAL_SETTING.NAME.eq(name))
                .whenMatchedThenUpdate()
                .set(LOCAL_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(LOCAL_SETTING.NAME, LOCAL_SETTING.SETTING_VALUE)
                .values(name, value)
                .execute());
    }
}
