package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.VaultStateException;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.ChangeLogRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log read a page at a time, the next page on a second thread. */
class LogPagesTest {

    @TempDir
    Path folder;

    @Test
    void everyEntryComesOnceInClockOrderWhenEqualTimesOfTwoMembersStraddlePages() {
        try (HouseholdVault alex = new HouseholdVault(folder.resolve("alex"))) {
            UUID blair = Ids.newId();
            alex.knows(blair, "Blair");
            long start = alex.ownEntries().getLast().hlc() + 1_000;
            long[] offsets = {1, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5};
            List<UUID> written = new ArrayList<>();
            for (int i = 0; i < offsets.length; i++) {
                written.add(logEntry(alex, i % 2 == 0 ? alex.memberId() : blair, start + offsets[i]));
            }

            List<ChangeLogRecord> read = new ArrayList<>();
            try (LogPages pages = new LogPages(alex.ledger.changeLog(), 3, start)) {
                for (List<ChangeLogRecord> page = pages.next(); page != null; page = pages.next()) {
                    assertThat(page).hasSizeLessThanOrEqualTo(3);
                    read.addAll(page);
                }
                assertThat(pages.next()).isNull();
            }

            assertThat(read).extracting(ChangeLogRecord::getId).containsExactlyInAnyOrderElementsOf(written);
            assertThat(read).extracting(ChangeLogRecord::getHlc).isSorted();
        }
    }

    @Test
    void aPageThatCannotBeReadFailsTheCallerWithTheReadersError() {
        try (HouseholdVault alex = new HouseholdVault(folder.resolve("alex"))) {
            alex.session.lock();

            try (LogPages pages = new LogPages(alex.ledger.changeLog(), 3, 0)) {
                assertThatThrownBy(pages::next)
                        .isInstanceOf(VaultStateException.class)
                        .hasMessageContaining("locked");
            }
        }
    }

    private static UUID logEntry(HouseholdVault vault, UUID member, long hlc) {
        UUID id = Ids.newId();
        vault.session
                .database()
                .write(dsl -> dsl.insertInto(CHANGE_LOG)
                        .set(CHANGE_LOG.ID, id)
                        .set(CHANGE_LOG.HLC, hlc)
                        .set(CHANGE_LOG.MEMBER_ID, member)
                        .set(CHANGE_LOG.TABLE_NAME, "category")
                        .set(CHANGE_LOG.ROW_ID, Ids.newId())
                        .set(CHANGE_LOG.OPERATION, "INSERT")
                        .set(CHANGE_LOG.CHANGED_COLUMNS, "{}")
                        .execute());
        return id;
    }
}
