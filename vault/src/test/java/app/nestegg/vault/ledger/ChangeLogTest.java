package app.nestegg.vault.ledger;

import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.store.ChangeEntry;
import app.nestegg.vault.store.ChangeOperation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log records every row change with exactly the columns that changed, in clock order, by this member. */
class ChangeLogTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Account checking;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        checking = fx.account("Checking", USD, "10.00");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anInsertCarriesEveryColumnAtOnce() {
        Transaction added = fx.add(checking, "2026-11-01", "-3.50", "Cafe");

        List<ChangeEntry> entries = fx.ledger.changeLog().entriesFor("ledger_transaction", added.id());

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo(ChangeOperation.INSERT);
            assertThat(entry.memberId()).isEqualTo(fx.ledger.changeLog().memberId());
            assertThat(entry.columns())
                    .containsEntry("id", added.id().toString())
                    .containsEntry("amount", -350)
                    .containsEntry("posted_on", "2026-11-01")
                    .containsEntry("payee", "Cafe")
                    .containsKeys("memo", "category_id", "status", "tags", "notes", "created_at");
        });
    }

    @Test
    void anUpdateCarriesOnlyTheChangedColumnsAndAnUnchangedEditNothing() {
        Transaction added = fx.add(checking, "2026-11-01", "-3.50", "Cafe");

        fx.ledger.transactions().edit(added.id(), added.toDraft());
        fx.ledger
                .transactions()
                .edit(
                        added.id(),
                        added.toDraft().withAmount(new BigDecimal("-4")).withMemo("oat milk"));

        List<ChangeEntry> entries = fx.ledger.changeLog().entriesFor("ledger_transaction", added.id());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).operation()).isEqualTo(ChangeOperation.UPDATE);
        assertThat(entries.get(1).columns())
                .containsOnlyKeys("amount", "memo")
                .containsEntry("amount", -400)
                .containsEntry("memo", "oat milk");
        assertThat(entries.get(1).hlc()).isGreaterThan(entries.get(0).hlc());
    }

    @Test
    void aDeleteCarriesNoColumnsAndTakesTheSplitsWithIt() {
        Transaction split = fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.of(2026, 11, 2), new BigDecimal("-10"), "Shop")
                        .withSplits(List.of(
                                new SplitDraft(null, new BigDecimal("-6"), "food"),
                                new SplitDraft(null, new BigDecimal("-4"), "soap"))));
        int before = fx.changeLogSize();

        fx.ledger.transactions().delete(split.id());

        assertThat(fx.changeLogSize()).isEqualTo(before + 3);
        assertThat(fx.ledger.changeLog().entriesFor("ledger_transaction", split.id()))
                .last()
                .satisfies(entry -> {
                    assertThat(entry.operation()).isEqualTo(ChangeOperation.DELETE);
                    assertThat(entry.columns()).isEmpty();
                });
    }

    @Test
    void sealedAccountDetailsStaySealedInTheLogAndOpenThroughTheService() {
        Account house = fx.ledger
                .accounts()
                .add(AccountDraft.of("House", AccountType.PROPERTY, USD, new BigDecimal("400000"))
                        .withDetails(new AccountDetails("1 Elm Street", "12345", null)));

        ChangeEntry entry =
                fx.ledger.changeLog().entriesFor("account", house.id()).getFirst();
        assertThat(entry.columns().get("address_sealed").toString()).doesNotContain("Elm");
        assertThat(fx.ledger.accounts().details(house.id()))
                .isEqualTo(new AccountDetails("1 Elm Street", "12345", null));

        fx.ledger
                .accounts()
                .update(
                        house.id(),
                        AccountDraft.of("Home", AccountType.PROPERTY, USD, new BigDecimal("400000"))
                                .withDetails(new AccountDetails("1 Elm Street", "12345", null)));
        assertThat(fx.ledger
                        .changeLog()
                        .entriesFor("account", house.id())
                        .getLast()
                        .columns())
                .containsOnlyKeys("name");
    }

    @Test
    void listenersHearOfCommittedOwnChangesOnly() throws Exception {
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        AutoCloseable listening = fx.ledger.changeLog().onOwnChanges(heard::incrementAndGet);

        fx.add(checking, "2026-11-01", "-3.50", "Cafe");
        fx.ledger.changeLog().write(w -> null);
        try {
            fx.ledger.changeLog().write(w -> {
                fx.ledger
                        .accounts()
                        .add(w, AccountDraft.of("Gone", AccountType.CASH, USD, BigDecimal.ZERO), AccountOrigin.MANUAL);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the write rolled back, so nobody hears of it
        }
        listening.close();
        fx.add(checking, "2026-11-02", "-1.00", "Kiosk");

        assertThat(heard).hasValue(1);
    }
}
