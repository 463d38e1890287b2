package app.nestegg.sync.engine;

import static app.nestegg.sync.engine.SyncFixture.CHECKING;
import static app.nestegg.sync.engine.SyncFixture.pending;
import static app.nestegg.sync.engine.SyncFixture.posted;
import static app.nestegg.sync.engine.SyncFixture.postedFrom;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.TransactionOrigin;
import app.nestegg.vault.ledger.TransactionStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows of one page that depend on each other: a page's lookups are read when it begins and its new rows stored
 * together, and the outcome must be the one of applying the rows one after the other.
 */
class OnePageChangesTest {

    @TempDir
    Path folder;

    SyncFixture sync;

    @BeforeEach
    void open() {
        sync = new SyncFixture(folder.resolve("a"), 10);
    }

    @AfterEach
    void close() {
        sync.close();
    }

    @Test
    void aPendingRowAndThePostedRowNamingItOnOnePageBecomeOneRow() {
        sync.provider.added(
                pending("p1", CHECKING, "2026-11-10", "-40.00", "Corner Bistro"),
                posted("t1", CHECKING, "2026-11-10", "-12.00", "Cafe Luna"),
                postedFrom("q1", "p1", CHECKING, "2026-11-12", "-46.00", "Corner Bistro"));

        SyncReport report = sync.sync();

        assertThat(sync.provider.pageCalls()).isEqualTo(1);
        UUID checking = sync.accountOf(CHECKING);
        assertThat(report.changesOf(checking)).isEqualTo(new AccountChanges(2, 1, 0, 0));
        Transaction postedRow = sync.row(CHECKING, "q1");
        assertThat(postedRow.status()).isEqualTo(TransactionStatus.CLEARED);
        assertThat(postedRow.amount().toDecimal()).isEqualByComparingTo("-46.00");
        assertThat(postedRow.date()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(sync.fx.ledger.transactions().findByExternalId(checking, "p1"))
                .isEmpty();
        assertThat(sync.rowCount()).isEqualTo(2);
    }

    @Test
    void twoRowsOnOnePageThatMatchOneTypedRowLinkItOnce() {
        sync.sync();
        UUID checking = sync.accountOf(CHECKING);
        Transaction typed = sync.fx
                .ledger
                .transactions()
                .add(TransactionDraft.of(
                        checking, LocalDate.of(2026, 11, 3), new BigDecimal("-45.10"), "Green Leaf Grocers"));
        sync.provider.added(
                posted("t1", CHECKING, "2026-11-02", "-45.10", "Green Leaf Grocers"),
                posted("t2", CHECKING, "2026-11-04", "-45.10", "Green Leaf Grocers"));

        SyncReport report = sync.sync();

        assertThat(report.changesOf(checking)).isEqualTo(new AccountChanges(1, 0, 0, 1));
        Transaction linked = sync.row(CHECKING, "t1");
        assertThat(linked.id()).isEqualTo(typed.id());
        assertThat(linked.origin()).isEqualTo(TransactionOrigin.PROVIDER);
        assertThat(linked.date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(sync.row(CHECKING, "t2").id()).isNotEqualTo(typed.id());
        assertThat(sync.rowCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {1, 10})
    void aRowSentAgainInTheSameRunIsUpdatedNotDuplicated(int pageSize) {
        sync.close();
        sync = new SyncFixture(folder.resolve("p" + pageSize), pageSize);
        sync.provider
                .added(posted("t1", CHECKING, "2026-11-02", "-9.99", "Streamflix"))
                .modified(posted("t1", CHECKING, "2026-11-03", "-10.99", "Streamflix"));

        SyncReport report = sync.sync();

        UUID checking = sync.accountOf(CHECKING);
        assertThat(report.changesOf(checking))
                .as("a row added and changed in one run counts once, as added")
                .isEqualTo(new AccountChanges(1, 0, 0, 0));
        assertThat(sync.row(CHECKING, "t1").amount().toDecimal()).isEqualByComparingTo("-10.99");
        assertThat(sync.rowCount()).isEqualTo(1);
    }
}
