package app.nestegg.vault.household.sync;

import static app.nestegg.vault.store.generated.Tables.HOUSEHOLD_FOLDER_FILE;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.store.ChangeLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The other members' files in the shared folder as this vault last saw them: merged or refused, at which size and time. */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "which files of the shared folder this computer has read is its own record, never merged")
final class FolderFiles {

    private static final int MAX_MESSAGE = 1000;

    private final ChangeLog log;

    FolderFiles(ChangeLog log) {
        this.log = log;
    }

    /** Whether the file was already merged or refused as it is now (same size, same modification time). */
    boolean unchanged(FolderFile file) {
        return log.read(dsl -> dsl.fetchExists(dsl.selectOne()
                .from(HOUSEHOLD_FOLDER_FILE)
                .where(HOUSEHOLD_FOLDER_FILE.FILE_NAME.eq(file.name()))
                .and(HOUSEHOLD_FOLDER_FILE.FILE_SIZE.eq(file.size()))
                .and(HOUSEHOLD_FOLDER_FILE.MODIFIED_AT.eq(file.modifiedAt()))));
    }

    void merged(FolderFile file, Instant now) {
        record(file, "MERGED", null, null, now);
    }

    void refused(FolderFile file, String reason, String message, Instant now) {
        record(file, "REFUSED", reason, message, now);
    }

    /** Files refused as they are now, newest first. */
    List<RefusedFile> refused() {
        return log.read(dsl -> dsl.selectFrom(HOUSEHOLD_FOLDER_FILE)
                .where(HOUSEHOLD_FOLDER_FILE.OUTCOME.eq("REFUSED"))
                .orderBy(HOUSEHOLD_FOLDER_FILE.CHECKED_AT.desc(), HOUSEHOLD_FOLDER_FILE.FILE_NAME)
                .fetch(r -> new RefusedFile(r.getFileName(), r.getReason(), r.getMessage(), r.getCheckedAt())));
    }

    /** Forgets every file, so the next round looks at the folder afresh (another folder was chosen). */
    void forget() {
        log.write(w -> w.dsl().deleteFrom(HOUSEHOLD_FOLDER_FILE).execute());
    }

    private void record(FolderFile file, String outcome, String reason, String message, Instant now) {
        String shortMessage = Optional.ofNullable(message)
                .map(m -> m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE - 1) + "…" : m)
                .orElse(null);
        log.write(w -> w.dsl()
                .mergeInto(HOUSEHOLD_FOLDER_FILE)
                .using(w.dsl().selectOne())
                .on(HOUSEHOLD_FOLDER_FILE.FILE_NAME.eq(file.name()))
                .whenMatchedThenUpdate()
                .set(HOUSEHOLD_FOLDER_FILE.FILE_SIZE, file.size())
                .set(HOUSEHOLD_FOLDER_FILE.MODIFIED_AT, file.modifiedAt())
                .set(HOUSEHOLD_FOLDER_FILE.OUTCOME, outcome)
                .set(HOUSEHOLD_FOLDER_FILE.REASON, reason)
                .set(HOUSEHOLD_FOLDER_FILE.MESSAGE, shortMessage)
                .set(HOUSEHOLD_FOLDER_FILE.CHECKED_AT, now)
                .whenNotMatchedThenInsert(
                        HOUSEHOLD_FOLDER_FILE.FILE_NAME,
                        HOUSEHOLD_FOLDER_FILE.FILE_SIZE,
                        HOUSEHOLD_FOLDER_FILE.MODIFIED_AT,
                        HOUSEHOLD_FOLDER_FILE.OUTCOME,
                        HOUSEHOLD_FOLDER_FILE.REASON,
                        HOUSEHOLD_FOLDER_FILE.MESSAGE,
                        HOUSEHOLD_FOLDER_FILE.CHECKED_AT)
                .values(file.name(), file.size(), file.modifiedAt(), outcome, reason, shortMessage, now)
                .execute());
    }
}
