package app.nestegg.vault.ledger;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionsTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Account checking;
    Account savings;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        checking = fx.account("Checking", USD, "100.00");
        savings = fx.account("Savings", USD, "0");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void addedTransactionMovesTheBalanceAndShowsInTheRegister() {
        fx.add(checking, "2026-11-01", "-25.50", "Grocer");
        fx.add(checking, "2026-11-02", "1000", "Salary");

        assertThat(fx.ledger.balances().balance(checking.id(), LocalDate.of(2026, 11, 30)))
                .isEqualTo(new Money(107450, USD));
        RegisterPage page = fx.ledger.register().older(RegisterQuery.forAccount(checking.id()), null, 10);
        assertThat(page.rows()).extracting(r -> r.transaction().payee()).containsExactly("Salary", "Grocer");
        assertThat(page.rows())
                .extracting(RegisterRow::runningBalance)
                .containsExactly(new Money(107450, USD), new Money(7450, USD));
        assertThat(page.next()).isNull();
    }

    @Test
    void transferCreatesTheOtherSideAndDeletingOneSideDeletesBoth() {
        Transaction sent = fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.of(2026, 11, 3), new BigDecimal("-40"), "Move")
                        .withTransferTo(savings.id(), null));

        Transaction other = fx.ledger.transactions().get(sent.transferPeerId());
        assertThat(other.amount()).isEqualTo(new Money(4000, USD));
        assertThat(other.transferPeerId()).isEqualTo(sent.id());
        assertThat(other.transferAccountId()).isEqualTo(checking.id());

        fx.ledger.transactions().delete(other.id());
        assertThat(fx.ledger.register().count(RegisterQuery.forAccount(checking.id())))
                .isZero();
        assertThat(fx.ledger.register().count(RegisterQuery.forAccount(savings.id())))
                .isZero();
    }

    @Test
    void splitsThatDoNotAddUpAreRefusedAndNothingIsWritten() {
        int before = fx.changeLogSize();
        var draft = TransactionDraft.of(checking.id(), LocalDate.of(2026, 11, 3), new BigDecimal("-40"), "Shop")
                .withSplits(List.of(
                        new SplitDraft(null, new BigDecimal("-30"), null),
                        new SplitDraft(null, new BigDecimal("-5"), null)));

        assertThatThrownBy(() -> fx.ledger.transactions().add(draft))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("add up to -35.00")
                .extracting(e -> ((LedgerInputException) e).field())
                .isEqualTo("splits");
        assertThat(fx.changeLogSize()).isEqualTo(before);
    }

    @Test
    void editLogsOnlyTheChangedColumns() {
        Transaction added = fx.add(checking, "2026-11-01", "-25.50", "Grocer");

        fx.ledger.transactions().edit(added.id(), added.toDraft().withPayee("Green Grocer"));

        var entries = fx.ledger.changeLog().entriesFor("ledger_transaction", added.id());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).columns()).containsOnlyKeys("payee").containsEntry("payee", "Green Grocer");
    }

    @Test
    void crossCurrencyTransferUsesTheGivenAmount() {
        Account euro = fx.account("Euro", EUR, "0");
        Transaction sent = fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.of(2026, 11, 3), new BigDecimal("-110"), "FX")
                        .withTransferTo(euro.id(), new BigDecimal("100")));
        assertThat(fx.ledger.transactions().get(sent.transferPeerId()).amount()).isEqualTo(new Money(10000, EUR));
    }

    @Test
    void editingOneSideOfATransferKeepsThePairConsistent() {
        Account cash = fx.account("Cash", USD, "0");
        Transaction sent = fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.of(2026, 11, 3), new BigDecimal("-40"), "Move")
                        .withTransferTo(savings.id(), null));

        Transaction edited = fx.ledger
                .transactions()
                .edit(
                        sent.id(),
                        sent.toDraft().withAmount(new BigDecimal("-55")).withDate(LocalDate.of(2026, 11, 4)));
        Transaction other = fx.ledger.transactions().get(edited.transferPeerId());
        assertThat(other.amount()).isEqualTo(new Money(5500, USD));
        assertThat(other.date()).isEqualTo(LocalDate.of(2026, 11, 4));

        Transaction moved =
                fx.ledger.transactions().edit(sent.id(), edited.toDraft().withTransferTo(cash.id(), null));
        assertThat(fx.ledger.transactions().get(moved.transferPeerId()).accountId())
                .isEqualTo(cash.id());
        assertThat(fx.ledger.register().count(RegisterQuery.forAccount(savings.id())))
                .isZero();

        Transaction plain =
                fx.ledger.transactions().edit(sent.id(), moved.toDraft().withTransferTo(null, null));
        assertThat(plain.isTransfer()).isFalse();
        assertThat(fx.ledger.register().count(RegisterQuery.forAccount(cash.id())))
                .isZero();
        assertThat(fx.ledger.balances().balance(cash.id(), LocalDate.of(2026, 12, 31)))
                .isEqualTo(new Money(0, USD));
    }

    @Test
    void crossCurrencyEditThatKeepsTheAmountKeepsWhatArrived() {
        Account euro = fx.account("Euro", EUR, "0");
        Transaction sent = fx.ledger
                .transactions()
                .add(TransactionDraft.of(checking.id(), LocalDate.of(2026, 11, 3), new BigDecimal("-110"), "FX")
                        .withTransferTo(euro.id(), new BigDecimal("100")));

        fx.ledger.transactions().edit(sent.id(), sent.toDraft().withMemo("rent share"));

        assertThat(fx.ledger.transactions().get(sent.transferPeerId()).amount()).isEqualTo(new Money(10000, EUR));
    }
}
