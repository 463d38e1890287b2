package app.nestegg.vault.ledger.interest;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountOrigin;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Categories;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.RegisterRow;
import app.nestegg.vault.ledger.Transaction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interest worked out by hand. A rate of 3.65 % a year is 0.01 % a day on actual/365, so 1,000.00 earns 0.10 a day;
 * 7.3 % is 0.02 % a day. The vault's clock says 2026-11-27.
 */
class InterestPostingsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    LedgerFixture fx;
    InterestPostings interest;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        interest = fx.ledger.interest();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Account account(String name, AccountType type, String opening, String openedOn, String rate) {
        return fx.ledger
                .accounts()
                .add(AccountDraft.of(name, type, LedgerFixture.USD, new BigDecimal(opening))
                        .withOpeningDate(LocalDate.parse(openedOn))
                        .withInterestRate(rate == null ? null : new BigDecimal(rate)));
    }

    private void postDue(Account account) {
        for (YearMonth month : interest.dueMonths(account, TODAY)) {
            interest.post(account, month);
        }
    }

    private List<Transaction> interestRows(Account account) {
        return fx.ledger.register().older(RegisterQuery.forAccount(account.id()), null, 100).rows().stream()
                .map(RegisterRow::transaction)
                .filter(t -> InterestPostings.PAYEE.equals(t.payee()))
                .toList();
    }

    @Test
    void savingsEarnAPartialFirstMonthFromTheOpeningAndThenEachWholeMonthOnItsDailyBalance() {
        Account savings = account("Savings", AccountType.SAVINGS, "1000.00", "2026-09-16", "3.65");
        // from 11 October the balance is 1,501.50: the September interest of 1.50 and a deposit of 500.00
        fx.add(savings, "2026-10-11", "500.00", "Deposit");

        assertThat(interest.dueMonths(savings, TODAY)).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        postDue(savings);

        // September: 16th to 30th, 15 days x 0.10 = 1.50, posted 1 October.
        // October: 10 days x 1,001.50 x 0.0001 = 1.0015 and 21 days x 1,501.50 x 0.0001 = 3.15315; 4.15465 -> 4.15.
        assertThat(interestRows(savings))
                .extracting(t -> t.date() + " " + t.amount().toPlainString() + " " + t.externalId())
                .containsExactlyInAnyOrder("2026-10-01 1.50 interest:2026-09", "2026-11-01 4.15 interest:2026-10");
        assertThat(interestRows(savings))
                .allSatisfy(t -> assertThat(t.categoryId()).isEqualTo(Categories.defaultId("interest-dividends")));
        assertThat(fx.ledger.balances().balance(savings.id(), TODAY).toPlainString())
                .isEqualTo("1505.65");
    }

    @Test
    void aLoanIsChargedInterestThatMakesItOweMore() {
        Account loan = account("Car loan", AccountType.LOAN, "-2000.00", "2026-10-01", "7.3");

        postDue(loan);

        // 31 days x -2,000.00 x 0.0002 = -12.40
        assertThat(interestRows(loan)).singleElement().satisfies(t -> {
            assertThat(t.amount().toPlainString()).isEqualTo("-12.40");
            assertThat(t.date()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(t.categoryId()).isEqualTo(Categories.defaultId("fees-charges"));
            assertThat(t.memo()).contains("charged").contains("2026-10").contains("7.3%");
        });
        assertThat(fx.ledger.balances().balance(loan.id(), TODAY).toPlainString())
                .isEqualTo("-2012.40");
    }

    @Test
    void eachMonthIsPostedOnceHoweverOftenItIsAskedFor() {
        Account savings = account("Savings", AccountType.SAVINGS, "1000.00", "2026-10-01", "3.65");
        postDue(savings);
        int logSize = fx.changeLogSize();

        InterestPosting again = interest.post(savings, YearMonth.of(2026, 10));
        postDue(savings);

        assertThat(again.amount().toPlainString()).isEqualTo("3.10");
        assertThat(interest.dueMonths(savings, TODAY)).isEmpty();
        assertThat(interestRows(savings)).hasSize(1);
        assertThat(fx.changeLogSize()).isEqualTo(logSize);
    }

    @Test
    void anOldAccountCatchesUpTwelveMonthsAtMost() {
        Account savings = account("Old savings", AccountType.SAVINGS, "1000.00", "2020-01-01", "3.65");

        assertThat(interest.dueMonths(savings, TODAY))
                .hasSize(InterestPostings.CATCH_UP_MONTHS)
                .startsWith(YearMonth.of(2025, 11))
                .endsWith(YearMonth.of(2026, 10));
    }

    @Test
    void aMonthWithNothingAccruedWritesNothing() {
        Account empty = account("Empty savings", AccountType.SAVINGS, "0.00", "2026-10-01", "3.65");
        int logSize = fx.changeLogSize();

        InterestPosting posting = interest.post(empty, YearMonth.of(2026, 10));

        assertThat(posting.amount().isZero()).isTrue();
        assertThat(posting.transactionId()).isNull();
        assertThat(fx.changeLogSize()).isEqualTo(logSize);
    }

    @Test
    void onlyOpenManualSavingsAndLoansWithARateAccrue() {
        Account savings = account("Savings", AccountType.SAVINGS, "10.00", "2026-10-01", "2");
        account("No rate", AccountType.SAVINGS, "10.00", "2026-10-01", null);
        account("Zero rate", AccountType.LOAN, "-10.00", "2026-10-01", "0");
        account("Checking", AccountType.CHECKING, "10.00", "2026-10-01", "1");
        Account closed = account("Closed", AccountType.SAVINGS, "10.00", "2026-10-01", "2");
        fx.ledger.accounts().close(closed.id());
        fx.ledger
                .accounts()
                .add(
                        AccountDraft.of("Bank savings", AccountType.SAVINGS, LedgerFixture.USD, BigDecimal.TEN)
                                .withInterestRate(BigDecimal.ONE),
                        AccountOrigin.PROVIDER);

        assertThat(interest.accruing()).extracting(Account::name).containsExactly(savings.name());
    }
}
