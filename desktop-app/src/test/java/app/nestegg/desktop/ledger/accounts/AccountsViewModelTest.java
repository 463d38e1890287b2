package app.nestegg.desktop.ledger.accounts;

import static app.nestegg.desktop.ledger.LedgerTestKit.EUR;
import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.desktop.ledger.accounts.AccountsViewModel.AccountGroup;
import app.nestegg.desktop.ledger.accounts.AccountsViewModel.AccountLine;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.TradeDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private AccountsViewModel accounts;
    private final List<Account> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        accounts = new AccountsViewModel(
                kit.session,
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                FORMAT,
                kit.vaults.clock(),
                opened::add);
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void accountsAreGroupedByTypeWithBaseCurrencyTotals() {
        kit.account("Everyday", AccountType.CHECKING, USD, "100.00");
        kit.account("Joint", AccountType.CHECKING, USD, "50.25");
        kit.account("Visa", AccountType.CREDIT_CARD, USD, "-20.00");
        kit.account("Sparbuch", AccountType.SAVINGS, EUR, "10.00");
        kit.ledger.rates().set(EUR, USD, LocalDate.of(2026, 1, 1), new BigDecimal("1.5"));

        accounts.refresh();

        assertThat(accounts.groups())
                .extracting(AccountGroup::type)
                .containsExactly(AccountType.CHECKING, AccountType.SAVINGS, AccountType.CREDIT_CARD);
        AccountGroup checking = accounts.groups().getFirst();
        assertThat(checking.lines()).hasSize(2);
        assertThat(FORMAT.format(checking.total())).isEqualTo("$150.25");
        AccountGroup savings = accounts.groups().get(1);
        assertThat(FORMAT.format(savings.lines().getFirst().balance())).isEqualTo("€10.00");
        assertThat(FORMAT.format(savings.lines().getFirst().baseBalance())).isEqualTo("$15.00");
        assertThat(accounts.netWorthProperty().get()).isEqualTo("Net worth: $145.25");
        assertThat(accounts.emptyProperty().get()).isFalse();
    }

    @Test
    void anAccountWithoutARateShowsOnlyItsOwnCurrencyAndTheTotalSaysSo() {
        kit.account("Everyday", AccountType.CHECKING, USD, "100.00");
        kit.account("London", AccountType.CHECKING, Currency.getInstance("GBP"), "30.00");

        accounts.refresh();

        AccountGroup checking = accounts.groups().getFirst();
        assertThat(checking.totalComplete()).isFalse();
        assertThat(checking.lines())
                .filteredOn(line -> line.account().name().equals("London"))
                .singleElement()
                .satisfies(line -> assertThat(line.baseBalance()).isNull());
        assertThat(accounts.netWorthProperty().get()).startsWith("Net worth: $100.00 (accounts without");
    }

    @Test
    void leavingAnAccountOutTakesExactlyItsBaseBalanceOffNetWorthAndCountingItAgainPutsItBack() {
        kit.account("Everyday", AccountType.CHECKING, USD, "100.00");
        kit.account("Sparbuch", AccountType.SAVINGS, EUR, "10.00");
        kit.ledger.rates().set(EUR, USD, LocalDate.of(2026, 1, 1), new BigDecimal("1.5"));
        accounts.refresh();
        assertThat(accounts.netWorthProperty().get()).isEqualTo("Net worth: $115.00");
        AccountLine sparbuch = line("Sparbuch");
        assertThat(sparbuch.countsInNetWorth()).isTrue();

        accounts.countInNetWorth(sparbuch.account(), false);

        assertThat(accounts.errorProperty().get()).isEmpty();
        assertThat(accounts.netWorthProperty().get())
                .isEqualTo("Net worth: " + FORMAT.format(usd("115.00").minus(sparbuch.baseBalance())));
        assertThat(line("Sparbuch").countsInNetWorth()).isFalse();
        assertThat(line("Everyday").countsInNetWorth()).isTrue();
        assertThat(kit.ledger.netWorth().excluded())
                .containsExactly(sparbuch.account().id());

        accounts.countInNetWorth(sparbuch.account(), true);

        assertThat(accounts.netWorthProperty().get()).isEqualTo("Net worth: $115.00");
        assertThat(line("Sparbuch").countsInNetWorth()).isTrue();
        assertThat(kit.ledger.netWorth().excluded()).isEmpty();
    }

    @Test
    void anAccountLeftOutStaysOutWhenTheVaultIsOpenedAgain() {
        kit.account("Everyday", AccountType.CHECKING, USD, "100.00");
        Account loan = kit.account("Loan to Sam", AccountType.OTHER_ASSET, USD, "40.00");
        accounts.refresh();
        accounts.countInNetWorth(loan, false);
        kit.session.lock();

        try (VaultSession reopened = kit.vaults
                .service()
                .unlock(kit.vaults.folder(), TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.none())) {
            AccountsViewModel again = new AccountsViewModel(
                    reopened,
                    new SameThreadTaskExecutor(),
                    TestVaults.messages(),
                    FORMAT,
                    kit.vaults.clock(),
                    opened::add);
            again.refresh();

            assertThat(again.netWorthProperty().get()).isEqualTo("Net worth: $100.00");
            assertThat(again.groups())
                    .flatExtracting(AccountGroup::lines)
                    .filteredOn(line -> line.account().id().equals(loan.id()))
                    .singleElement()
                    .satisfies(line -> assertThat(line.countsInNetWorth()).isFalse());
        }
    }

    @Test
    void netWorthIsWhatTheLedgerGivesForTodayHoldingsIncludedAndExclusionsLeftOut() {
        kit.account("Everyday", AccountType.CHECKING, USD, "100.00");
        Account car = kit.account("Car", AccountType.OTHER_ASSET, USD, "9000.00");
        Account broker = kit.account("Broker", AccountType.BROKERAGE, USD, "1000.00");
        Security fund = kit.ledger
                .investments()
                .securities()
                .add(new SecurityDraft("VTI", "Total market", SecurityType.ETF, USD));
        LocalDate today = LocalDate.now(kit.vaults.clock());
        kit.ledger
                .investments()
                .trades()
                .record(TradeDraft.buy(
                        broker.id(),
                        fund.id(),
                        today.minusDays(10),
                        BigDecimal.TEN,
                        new BigDecimal("50"),
                        BigDecimal.ZERO));
        kit.ledger.investments().prices().set(fund.id(), today.minusDays(1), new BigDecimal("60"));
        kit.ledger.netWorth().exclude(car.id(), true);

        accounts.refresh();

        Money expected = kit.ledger.netWorth().history(today, today).getFirst().netWorth();
        assertThat(FORMAT.format(expected)).isEqualTo("$1,200.00");
        assertThat(accounts.netWorthProperty().get()).isEqualTo("Net worth: $1,200.00");
        assertThat(line("Car").countsInNetWorth()).isFalse();
    }

    @Test
    void withoutARateTheNetWorthCountsOnlyTheIncludedAccountsThatHaveOne() {
        kit.account("Everyday", AccountType.CHECKING, USD, "100.00");
        Account wallet = kit.account("Wallet", AccountType.CASH, USD, "25.00");
        kit.account("London", AccountType.CHECKING, Currency.getInstance("GBP"), "30.00");
        kit.ledger.netWorth().exclude(wallet.id(), true);

        accounts.refresh();

        assertThat(accounts.netWorthProperty().get()).startsWith("Net worth: $100.00 (accounts without");
    }

    @Test
    void anEmptyVaultSaysSoAndAnAddedAccountAppears() {
        accounts.refresh();
        assertThat(accounts.emptyProperty().get()).isTrue();

        accounts.newNameProperty().set("Wallet");
        accounts.newTypeProperty().set(AccountType.CASH);
        accounts.newOpeningProperty().set("12.5");
        accounts.addAccount();

        assertThat(accounts.errorProperty().get()).isEmpty();
        assertThat(accounts.emptyProperty().get()).isFalse();
        assertThat(FORMAT.format(accounts.groups().getFirst().lines().getFirst().balance()))
                .isEqualTo("$12.50");
    }

    @Test
    void aRefusedAccountShowsTheLedgerMessageAndAddsNothing() {
        kit.account("Everyday", AccountType.CHECKING, USD, "0");
        accounts.refresh();
        accounts.newNameProperty().set("everyday");
        accounts.addAccount();

        assertThat(accounts.errorProperty().get()).containsIgnoringCase("everyday");
        assertThat(kit.ledger.accounts().list()).hasSize(1);
    }

    @Test
    void anUnknownCurrencyIsRefusedAndAddsNothing() {
        accounts.refresh();
        accounts.newNameProperty().set("Abroad");
        accounts.newCurrencyProperty().set("XYZ");
        accounts.addAccount();

        assertThat(accounts.errorProperty().get()).contains("XYZ").contains("is not a currency code");
        assertThat(kit.ledger.accounts().list()).isEmpty();
    }

    @Test
    void tooManyDecimalsInTheOpeningBalanceAreRefusedAndAddNothing() {
        accounts.refresh();
        accounts.newNameProperty().set("Yen");
        accounts.newCurrencyProperty().set("JPY");
        accounts.newOpeningProperty().set("10.5");
        accounts.addAccount();

        assertThat(accounts.errorProperty().get()).contains("too many decimals for JPY");
        assertThat(kit.ledger.accounts().list()).isEmpty();
    }

    @Test
    void openingAnAccountHandsItToTheRegister() {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        accounts.refresh();
        accounts.open(accounts.groups().getFirst().lines().getFirst().account());
        assertThat(opened).containsExactly(everyday);
    }

    @Test
    void sampleDataFillsAnEmptyVault() {
        accounts.refresh();
        accounts.trySampleData();

        assertThat(accounts.errorProperty().get()).isEmpty();
        assertThat(accounts.emptyProperty().get()).isFalse();
        assertThat(accounts.groups()).hasSizeGreaterThan(3);
    }

    private AccountLine line(String name) {
        return accounts.groups().stream()
                .flatMap(group -> group.lines().stream())
                .filter(line -> line.account().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Money usd(String amount) {
        return Money.parse(amount, USD, "amount");
    }
}
