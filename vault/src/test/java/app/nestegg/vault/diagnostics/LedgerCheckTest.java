package app.nestegg.vault.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.SampleHousehold;
import app.nestegg.vault.ledger.SampleProgress;
import app.nestegg.vault.ledger.SampleSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of inconsistency, made on purpose in a healthy sample vault through direct SQL, is found with the right row
 * ids, and nothing else is. Where breaking one rule necessarily moves a derived total, the totals are rebuilt after
 * the break, so only the broken rule remains.
 */
class LedgerCheckTest {

    @TempDir
    Path folder;

    private LedgerFixture fx;

    @BeforeEach
    void sampleVault() {
        fx = new LedgerFixture(folder);
        SampleHousehold.generate(fx.ledger, new SampleSpec(5, 600, 1, LocalDate.of(2026, 10, 31)), SampleProgress.NONE);
    }

    @AfterEach
    void lock() {
        fx.close();
    }

    @Test
    void aHealthySampleVaultHasNoProblem() {
        assertThat(check()).isEmpty();
    }

    @Test
    void findsAnAccountMonthTotalThatIsNotTheSumOfItsTransactions() {
        UUID account = LedgerDamage.addToOneAccountMonthTotal(fx.session.database(), 7);

        assertThat(check())
                .singleElement()
                .satisfies(p -> expect(p, ProblemKind.BALANCE_TOTAL_MISMATCH, account))
                .satisfies(p -> assertThat(p.detail()).contains("off by 7 minor units"));
    }

    @Test
    void findsACategoryMonthTotalThatIsNotItsFiledAmounts() {
        Record total = fetchOne("SELECT category_id, month_start, currency FROM category_month_total"
                + " ORDER BY category_id, month_start LIMIT 1");
        sql(
                "UPDATE category_month_total SET entries = entries + 1 WHERE category_id = ? AND month_start = ?"
                        + " AND currency = ?",
                total.get(0),
                total.get(1),
                total.get(2));

        assertThat(check())
                .singleElement()
                .satisfies(p -> expect(p, ProblemKind.CATEGORY_TOTAL_MISMATCH, total.get(0, UUID.class)));
    }

    @Test
    void findsAnUncategorisedTotalWithoutTheRowsBehindIt() {
        sql("INSERT INTO uncategorised_month_total VALUES (DATE '1990-01-01', 'USD', 100, 0, 1)");

        assertThat(check())
                .singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNCATEGORISED_TOTAL_MISMATCH))
                .satisfies(p -> assertThat(p.detail()).startsWith("1990-01-01 USD"));
    }

    @Test
    void findsSplitsThatDoNotAddUpToTheirTransaction() {
        Record split = fetchOne("SELECT id, transaction_id FROM split ORDER BY id LIMIT 1");
        sql("UPDATE split SET amount = amount + 1 WHERE id = ?", split.get(0));
        rebuildTotals();

        assertThat(check())
                .singleElement()
                .satisfies(p -> expect(p, ProblemKind.SPLIT_SUM_MISMATCH, split.get(1, UUID.class)));
    }

    @Test
    void findsATransferWhoseOtherLegNoLongerPointsBack() {
        Record leg = fetchOne("SELECT id, transfer_peer_id FROM ledger_transaction WHERE transfer_peer_id IS NOT NULL"
                + " ORDER BY id LIMIT 1");
        sql("UPDATE ledger_transaction SET transfer_peer_id = NULL WHERE id = ?", leg.get(1));
        rebuildTotals();

        assertThat(check())
                .singleElement()
                .satisfies(p -> expect(p, ProblemKind.TRANSFER_BROKEN, leg.get(0, UUID.class), leg.get(1, UUID.class)));
    }

    @Test
    void findsATransferWhoseLegsDoNotCarryOppositeAmounts() {
        Record leg = fetchOne("SELECT t.id, t.transfer_peer_id FROM ledger_transaction t"
                + " JOIN account a ON a.id = t.account_id JOIN ledger_transaction p ON p.id = t.transfer_peer_id"
                + " JOIN account pa ON pa.id = p.account_id WHERE a.currency = pa.currency ORDER BY t.id LIMIT 1");
        sql("UPDATE ledger_transaction SET amount = amount + 1 WHERE id = ?", leg.get(1));
        rebuildTotals();

        List<Problem> problems = check();
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.TRANSFER_BROKEN))
                .satisfies(p -> assertThat(p.rowIds())
                        .containsExactlyInAnyOrder(leg.get(0, UUID.class), leg.get(1, UUID.class)))
                .satisfies(p -> assertThat(p.detail()).contains("opposite amounts"));
    }

    @Test
    void findsARowWithoutItsInsertEntry() {
        UUID account = fetchOne("SELECT id FROM account ORDER BY id LIMIT 1").get(0, UUID.class);
        sql("DELETE FROM change_log WHERE row_id = ? AND operation = 'INSERT'", account);

        assertThat(check())
                .singleElement()
                .satisfies(p -> expect(p, ProblemKind.CHANGE_LOG_INSERT_MISSING, account))
                .satisfies(p -> assertThat(p.table()).isEqualTo("account"));
    }

    @Test
    void findsARowThatTheChangeLogDeleted() {
        UUID transaction = fetchOne("SELECT id FROM ledger_transaction ORDER BY id LIMIT 1")
                .get(0, UUID.class);
        UUID entry = UUID.randomUUID();
        sql(
                "INSERT INTO change_log (id, hlc, member_id, table_name, row_id, operation, changed_columns)"
                        + " SELECT ?, MAX(hlc) + 1, ?, 'ledger_transaction', ?, 'DELETE', '{}' FROM change_log",
                entry,
                self(),
                transaction);

        assertThat(check())
                .singleElement()
                .satisfies(p -> expect(p, ProblemKind.CHANGE_LOG_DELETED_ROW_PRESENT, transaction, entry));
    }

    @Test
    void findsTwoOwnEntriesWithTheSameClockTime() {
        List<UUID> entries = fx.session
                .database()
                .read(dsl -> dsl.fetch("SELECT id FROM change_log WHERE member_id = ? ORDER BY hlc LIMIT 2", self())
                        .getValues(0, UUID.class));
        sql(
                "UPDATE change_log SET hlc = (SELECT hlc FROM change_log WHERE id = ?) WHERE id = ?",
                entries.get(0),
                entries.get(1));

        assertThat(check())
                .singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.CHANGE_LOG_CLOCK_REPEATED))
                .satisfies(p -> assertThat(p.rowIds()).containsExactlyInAnyOrderElementsOf(entries));
    }

    @Test
    void findsAnEntryForATableNoMemberShares() {
        UUID entry = UUID.randomUUID();
        sql(
                "INSERT INTO change_log (id, hlc, member_id, table_name, row_id, operation, changed_columns)"
                        + " SELECT ?, MAX(hlc) + 1, ?, 'bank_connection', ?, 'INSERT', '{}' FROM change_log",
                entry,
                self(),
                UUID.randomUUID());

        assertThat(check())
                .singleElement()
                .satisfies(p -> expect(p, ProblemKind.CHANGE_LOG_UNKNOWN_TABLE, entry))
                .satisfies(p -> assertThat(p.detail()).contains("bank_connection"));
    }

    @Test
    void findsSplitsWhoseTransactionIsGone() {
        UUID transaction = fetchOne(
                        "SELECT transaction_id FROM split GROUP BY transaction_id ORDER BY transaction_id" + " LIMIT 1")
                .get(0, UUID.class);
        List<UUID> splits = fx.session
                .database()
                .read(dsl -> dsl.fetch("SELECT id FROM split WHERE transaction_id = ? ORDER BY id", transaction)
                        .getValues(0, UUID.class));
        sql("ALTER TABLE split SET REFERENTIAL_INTEGRITY FALSE");
        sql("DELETE FROM ledger_transaction WHERE id = ?", transaction);
        sql("ALTER TABLE split SET REFERENTIAL_INTEGRITY TRUE NOCHECK");
        rebuildTotals();

        List<Problem> problems = check();
        assertThat(problems).hasSize(splits.size()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.ORPHAN_ROW);
            assertThat(p.table()).isEqualTo("split");
            assertThat(p.rowIds()).hasSize(2).endsWith(transaction);
        });
        assertThat(problems.stream().map(p -> p.rowIds().getFirst())).containsExactlyInAnyOrderElementsOf(splits);
    }

    private List<Problem> check() {
        return new LedgerCheck(fx.session.database(), self()).run();
    }

    private UUID self() {
        return fx.ledger.changeLog().memberId();
    }

    private static void expect(Problem problem, ProblemKind kind, UUID... rowIds) {
        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.rowIds()).containsExactly(rowIds);
    }

    private Record fetchOne(String query) {
        return fx.session.database().read(dsl -> dsl.fetchSingle(query));
    }

    private void sql(String statement, Object... binds) {
        fx.session.database().write((DSLContext dsl) -> dsl.execute(statement, binds));
    }

    private void rebuildTotals() {
        fx.ledger.changeLog().write(w -> {
            fx.ledger.balances().rebuildTotals(w);
            return null;
        });
    }
}
