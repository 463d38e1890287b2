package app.nestegg.vault.ledger;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterAndBalancesTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Account checking;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        checking = fx.account("Checking", USD, "100.00");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void pagesWalkTheWholeAccountNewestFirstWithRunningBalances() {
        List<TransactionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            drafts.add(TransactionDraft.of(
                    checking.id(), LocalDate.of(2026, 1, 1).plusDays(i / 3), BigDecimal.valueOf(i + 1), "P" + i));
        }
        fx.ledger.transactions().addAll(drafts);

        List<RegisterRow> seen = new ArrayList<>();
        PageKey key = null;
        do {
            RegisterPage page = fx.ledger.register().older(RegisterQuery.forAccount(checking.id()), key, 7);
            seen.addAll(page.rows());
            key = page.next();
        } while (key != null);

        assertThat(seen).hasSize(25);
        assertThat(seen.getFirst().runningBalance()).isEqualTo(new Money(10000 + 32500, USD));
        assertThat(seen.getLast().runningBalance()).isEqualTo(new Money(10000 + 100, USD));
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i - 1)
                            .runningBalance()
                            .minus(seen.get(i - 1).transaction().amount()))
                    .isEqualTo(seen.get(i).runningBalance());
        }
        RegisterPage back = fx.ledger
                .register()
                .newer(RegisterQuery.forAccount(checking.id()), seen.get(10).key(), 5);
        assertThat(back.rows())
                .extracting(RegisterRow::transaction)
                .isEqualTo(seen.subList(5, 10).stream()
                        .map(RegisterRow::transaction)
                        .toList());
        assertThat(fx.ledger.register().count(RegisterQuery.forAccount(checking.id())))
                .isEqualTo(25);
    }

    @Test
    void filtersCombineTextDatesAmountsAndCategoriesOfSplits() {
        fx.add(checking, "2026-03-01", "-12.00", "Green Grocer");
        fx.add(checking, "2026-04-01", "-80.00", "GREEN grocer");
        fx.add(checking, "2026-04-02", "-12.00", "Cinema");
        RegisterQuery query =
                RegisterQuery.all().withText("grocer").withDates(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 12, 31));

        assertThat(fx.ledger.register().older(query, null, 10).rows())
                .extracting(r -> r.transaction().payee())
                .containsExactly("GREEN grocer");
        assertThat(fx.ledger
                        .register()
                        .older(RegisterQuery.all().withAmounts(new BigDecimal("10"), new BigDecimal("20")), null, 10)
                        .rows())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.runningBalance()).isNull());
        assertThatThrownBy(() -> RegisterQuery.all().withDates(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("after its end");
    }

    @Test
    void aCountCanStopAtALimitAndAWholeAccountIsCountedFromItsTotals() {
        for (int i = 0; i < 5; i++) {
            fx.add(checking, "2026-03-0" + (i + 1), "-1.00", "Grocer " + i);
        }
        RegisterQuery grocer = RegisterQuery.forAccount(checking.id()).withText("grocer");

        assertThat(fx.ledger.register().count(grocer)).isEqualTo(5);
        assertThat(fx.ledger.register().count(grocer, 3)).isEqualTo(3);
        assertThat(fx.ledger.register().count(grocer, 10)).isEqualTo(5);
        assertThat(fx.ledger.register().count(RegisterQuery.forAccount(checking.id()), 3))
                .isEqualTo(3);
    }

    @Test
    void balancesAsOfAnyDateAndInTheBaseCurrency() {
        fx.add(checking, "2026-01-31", "-10.00", "A");
        fx.add(checking, "2026-02-01", "-20.00", "B");
        fx.add(checking, "2026-03-15", "-30.00", "C");
        Account euro = fx.account("Euro", EUR, "50.00");

        assertThat(fx.ledger.balances().balance(checking.id(), LocalDate.of(2026, 2, 28)))
                .isEqualTo(new Money(7000, USD));
        assertThat(fx.ledger.balances().balance(checking.id(), LocalDate.of(2019, 12, 31)))
                .isEqualTo(new Money(0, USD));
        assertThat(fx.ledger.balances().balances(LocalDate.of(2026, 12, 31)))
                .containsEntry(checking.id(), new Money(4000, USD))
                .containsEntry(euro.id(), new Money(5000, EUR));

        fx.ledger.rates().set(EUR, USD, LocalDate.of(2026, 1, 1), new BigDecimal("1.2"));
        fx.ledger.rates().set(USD, EUR, LocalDate.of(2026, 6, 1), new BigDecimal("0.5"));
        assertThat(fx.ledger.balances().inBaseCurrency(new Money(5000, EUR), LocalDate.of(2026, 3, 1)))
                .isEqualTo(new Money(6000, USD));
        assertThat(fx.ledger.balances().inBaseCurrency(new Money(5000, EUR), LocalDate.of(2026, 7, 1)))
                .isEqualTo(new Money(10000, USD));
        assertThatThrownBy(() -> fx.ledger.balances().inBaseCurrency(new Money(1, EUR), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("No exchange rate from EUR to USD");
    }

    @Test
    void reconciliationShowsTheDifferenceAndMarksClearedOnlyWhenItIsZero() {
        Transaction cleared = fx.add(checking, "2026-05-01", "-40.00", "Rent");
        fx.ledger.transactions().setStatus(List.of(cleared.id()), TransactionStatus.CLEARED);
        Transaction open = fx.add(checking, "2026-05-02", "-5.00", "Snack");
        LocalDate statement = LocalDate.of(2026, 5, 31);

        ReconcileSummary preview =
                fx.ledger.reconciliations().preview(checking.id(), statement, new BigDecimal("55.00"));
        assertThat(preview.clearedBalance()).isEqualTo(new Money(6000, USD));
        assertThat(preview.difference()).isEqualTo(new Money(-500, USD));
        assertThatThrownBy(() -> fx.ledger.reconciliations().finish(checking.id(), statement, new BigDecimal("55.00")))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("difference of -5.00 USD");
        assertThat(fx.ledger.transactions().get(cleared.id()).status()).isEqualTo(TransactionStatus.CLEARED);

        ReconcileSummary done = fx.ledger.reconciliations().finish(checking.id(), statement, new BigDecimal("60.00"));
        assertThat(done.toMark()).isEqualTo(1);
        assertThat(fx.ledger.transactions().get(cleared.id()).status()).isEqualTo(TransactionStatus.RECONCILED);
        assertThat(fx.ledger.transactions().get(open.id()).status()).isEqualTo(TransactionStatus.UNCLEARED);
    }
}
