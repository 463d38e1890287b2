package app.nestegg.vault.ledger.networth;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.TradeDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetWorthTest {

    static final LocalDate START = LocalDate.parse("2026-10-01");

    @TempDir
    Path folder;

    LedgerFixture fx;
    NetWorth netWorth;
    Account checking;
    Account card;
    Account brokerage;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        netWorth = fx.ledger.netWorth();
        checking = fx.account("Checking", USD, "1000.00");
        card = add("Card", AccountType.CREDIT_CARD, USD, "-200");
        brokerage = add("Brokerage", AccountType.BROKERAGE, USD, "2000");
        var fund = fx.ledger
                .investments()
                .securities()
                .add(new SecurityDraft("VTI", "Total market", SecurityType.ETF, USD));
        fx.ledger
                .investments()
                .trades()
                .record(TradeDraft.buy(
                        brokerage.id(),
                        fund.id(),
                        START,
                        new BigDecimal("10"),
                        new BigDecimal("100"),
                        BigDecimal.ZERO));
        fx.ledger.investments().prices().set(fund.id(), START.plusDays(2), new BigDecimal("120"));
        fx.add(checking, "2026-10-02", "-50.00", "Groceries");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aDayCountsBalancesAndHoldingsAtThatDaysPricesLessWhatIsOwed() {
        List<NetWorthPoint> days = netWorth.history(START, START.plusDays(2));

        assertThat(days).extracting(p -> p.netWorth().toPlainString()).containsExactly("2800.00", "2750.00", "2950.00");
        NetWorthPoint last = days.getLast();
        assertThat(last.assets()).isEqualTo(usd("3150.00"));
        assertThat(last.liabilities()).isEqualTo(usd("-200.00"));
    }

    @Test
    void excludedAccountsLeaveTheHistoryAndCountAgainWhenIncluded() {
        netWorth.exclude(card.id(), true);
        assertThat(netWorth.history(START, START).getFirst().netWorth()).isEqualTo(usd("3000.00"));
        assertThat(netWorth.excluded()).containsExactly(card.id());

        netWorth.exclude(card.id(), false);
        assertThat(netWorth.history(START, START).getFirst().netWorth()).isEqualTo(usd("2800.00"));
    }

    @Test
    void writesDatedInsideAStoredHistoryMakeItsLaterDaysComputeAgain() {
        netWorth.history(START, START.plusDays(2));

        fx.add(checking, "2026-10-02", "-100.00", "Late entry");
        assertThat(netWorth.history(START, START.plusDays(2)))
                .extracting(p -> p.netWorth().toPlainString())
                .containsExactly("2800.00", "2650.00", "2850.00");

        var fund = fx.ledger.investments().securities().find("VTI");
        fx.ledger.investments().prices().set(fund.id(), START.plusDays(1), new BigDecimal("110"));
        assertThat(netWorth.history(START.plusDays(1), START.plusDays(1))
                        .getFirst()
                        .netWorth())
                .isEqualTo(usd("2750.00"));
    }

    @Test
    void otherCurrenciesCountAtTheDaysRate() {
        Account euros = fx.account("Euros", EUR, "100.00");
        fx.ledger.rates().set(EUR, USD, START, new BigDecimal("1.10"));

        assertThat(netWorth.history(START, START).getFirst().netWorth()).isEqualTo(usd("2910.00"));
        assertThat(euros.currency()).isEqualTo(EUR);
    }

    @Test
    void aSampleEndsOnItsLastDayAndAgreesWithTheDailyHistory() {
        List<NetWorthPoint> daily = netWorth.history(START.minusDays(10), START.plusDays(10));

        List<NetWorthPoint> sample = netWorth.sampled(START.minusDays(10), START.plusDays(10), 5);

        assertThat(sample).hasSizeLessThanOrEqualTo(5);
        assertThat(sample.getLast().day()).isEqualTo(START.plusDays(10));
        assertThat(daily).containsAll(sample);
        assertThat(sample).extracting(NetWorthPoint::day).isSorted();
    }

    @Test
    void aSampleComputesOnlyTheDaysItShows() {
        netWorth.sampled(LocalDate.of(2020, 1, 1), START, 3);

        long stored = fx.session
                .database()
                .read(dsl -> dsl.fetchCount(
                        dsl.selectDistinct(app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT.SNAPSHOT_DAY)
                                .from(app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT)));
        assertThatThrownBy(() -> netWorth.sampled(START, START, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored).isEqualTo(3);
    }

    @Test
    void daysBeforeTheFirstAccountOpenedAreZeroAndStoreNothing() {
        List<NetWorthPoint> before = netWorth.history(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 1));

        assertThat(before).extracting(p -> p.netWorth().toPlainString()).containsExactly("0.00", "0.00", "2800.00");
        long storedDays = fx.session
                .database()
                .read(dsl -> dsl.fetchCount(
                        dsl.selectDistinct(app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT.SNAPSHOT_DAY)
                                .from(app.nestegg.vault.store.generated.Tables.NET_WORTH_SNAPSHOT)));
        assertThat(storedDays).isEqualTo(1);
    }

    @Test
    void aHistoryThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> netWorth.history(START, START.minusDays(1)))
                .isInstanceOf(LedgerInputException.class)
                .hasMessage("The history ends (2026-09-30) before it starts (2026-10-01)");
    }

    private Account add(String name, AccountType type, java.util.Currency currency, String opening) {
        return fx.ledger
                .accounts()
                .add(AccountDraft.of(name, type, currency, new BigDecimal(opening))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
    }

    private static Money usd(String amount) {
        return Money.parse(amount, USD, "amount");
    }
}
