package app.nestegg.desktop.ledger.invest;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.invest.ReportedPosition;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.TradeKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestmentsViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private Account broker;
    private InvestmentsViewModel invest;
    private TradeForm form;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        kit.account("Everyday", AccountType.CHECKING, USD, "0");
        broker = kit.account("Broker", AccountType.BROKERAGE, USD, "0");
        kit.ledger.investments().securities().add(new SecurityDraft("VTI", "Total market", SecurityType.ETF, USD));
        invest = new InvestmentsViewModel(
                kit.session,
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                FORMAT,
                Clock.fixed(Instant.parse("2024-06-30T12:00:00Z"), ZoneOffset.UTC));
        form = invest.tradeForm();
        invest.refresh();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private void typeBuy(String quantity, String price) {
        form.clear();
        form.kindProperty().set(TradeKind.BUY);
        form.dateProperty().set(FORMAT.date(LocalDate.of(2024, 1, 10)));
        form.quantityProperty().set(quantity);
        form.priceProperty().set(price);
    }

    private void typeSale(String quantity, String price) {
        form.clear();
        form.kindProperty().set(TradeKind.SELL);
        form.dateProperty().set(FORMAT.date(LocalDate.of(2024, 2, 1)));
        form.quantityProperty().set(quantity);
        form.priceProperty().set(price);
    }

    @Test
    void onlyInvestmentAccountsAreOfferedAndTheFirstIsChosen() {
        assertThat(invest.accounts()).extracting(c -> c.label()).containsExactly("Broker");
        assertThat(invest.accountProperty().get().id()).isEqualTo(broker.id());
        assertThat(form.securities()).extracting(c -> c.label()).containsExactly("VTI · Total market");
    }

    @Test
    void aRecordedBuyShowsAsAHoldingWithItsValueAndReturns() {
        typeBuy("10", "100");
        form.feesProperty().set("5");

        form.record();

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.recordedCountProperty().get()).isEqualTo(1);
        assertThat(invest.statusProperty().get()).isEqualTo("Trade of Jan 10, 2024 recorded.");
        assertThat(invest.holdings()).singleElement().satisfies(row -> {
            assertThat(row.symbol()).isEqualTo("VTI");
            assertThat(row.quantity()).isEqualTo("10");
            assertThat(row.costBasis()).isEqualTo("$1,005.00");
            assertThat(row.marketValue()).isEqualTo("$1,000.00");
            assertThat(row.unrealisedGain()).isEqualTo("-$5.00");
        });
        assertThat(invest.allocation())
                .singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("ETF 100.00 %"));
        assertThat(invest.moneyWeightedProperty().get()).startsWith("Money-weighted (XIRR): ");
        assertThat(invest.moneyWeightedExplainedProperty().get()).contains("yearly rate");
        assertThat(invest.timeWeightedProperty().get()).startsWith("Time-weighted: ");
        assertThat(invest.timeWeightedExplainedProperty().get()).contains("timing do not count");
    }

    @Test
    void thePageSaysHowOldThePricesAre() {
        assertThat(invest.priceAgeProperty().get()).as("nothing held").isEmpty();
        typeBuy("10", "100");
        form.record();

        // the trade's price of 2024-01-10 is the newest: 172 days before the clock's 2024-06-30
        assertThat(invest.priceAgeProperty().get()).isEqualTo("Prices as of Jan 10, 2024 (172 days ago)");

        kit.ledger
                .investments()
                .prices()
                .set(
                        kit.ledger.investments().securities().find("VTI").id(),
                        LocalDate.of(2024, 6, 30),
                        new BigDecimal("101"));
        invest.refresh();
        assertThat(invest.priceAgeProperty().get()).isEqualTo("Prices as of Jun 30, 2024 (today)");
    }

    @Test
    void aSaleOfMoreThanIsHeldShowsTheLedgersReasonAndWritesNothing() {
        typeBuy("10", "100");
        form.record();
        typeSale("11", "100");

        form.record();

        assertThat(form.errorProperty().get()).isEqualTo("Cannot sell 11 VTI on 2024-02-01: the account holds 10 then");
        assertThat(form.recordedCountProperty().get()).isEqualTo(1);
        assertThat(kit.ledger.investments().trades().list(broker.id())).hasSize(1);
    }

    @Test
    void aValueThatIsNotANumberIsRefusedNamingTheField() {
        typeBuy("ten", "100");

        form.record();

        assertThat(form.errorProperty().get()).isEqualTo("Quantity: 'ten' is not a number.");
        assertThat(kit.ledger.investments().trades().list(broker.id())).isEmpty();
    }

    @Test
    void aDividendNeedsOnlyItsAmount() {
        typeBuy("10", "100");
        form.record();
        form.clear();
        form.kindProperty().set(TradeKind.DIVIDEND);
        form.dateProperty().set(FORMAT.date(LocalDate.of(2024, 3, 1)));
        form.amountProperty().set("12.50");

        form.record();

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(invest.totalsProperty().get()).endsWith("dividends $12.50");
        assertThat(TradeForm.uses(TradeKind.DIVIDEND, "quantity")).isFalse();
        assertThat(TradeForm.uses(TradeKind.SPLIT, "ratio")).isTrue();
    }

    @Test
    void aPriceFileImportsWholeOrNotAtAllNamingTheBadRow() throws Exception {
        typeBuy("10", "100");
        form.record();
        Path bad = Files.writeString(root.resolve("bad.csv"), "symbol,date,price\nVTI,2024-06-01,120\nVTI,June,1\n");

        invest.importPrices(bad);

        assertThat(invest.errorProperty().get()).startsWith("bad.csv, line 3, column date: 'June' is not a date");
        assertThat(invest.holdings().getFirst().marketValue()).isEqualTo("$1,000.00");

        Path good = Files.writeString(root.resolve("good.csv"), "symbol,date,price\nVTI,2024-06-01,120\n");
        invest.importPrices(good);

        assertThat(invest.errorProperty().get()).isEmpty();
        assertThat(invest.statusProperty().get()).isEqualTo("Imported 1 price from good.csv.");
        assertThat(invest.holdings().getFirst().marketValue()).isEqualTo("$1,200.00");
    }

    @Test
    void aNewSecurityIsOfferedInTheTradeDialogAndATakenSymbolIsRefused() {
        invest.symbolProperty().set("bnd");
        invest.securityNameProperty().set("Total bond");
        invest.securityTypeProperty().set(SecurityType.BOND);
        invest.securityCurrencyProperty().set("USD");

        invest.addSecurity();

        assertThat(invest.statusProperty().get()).isEqualTo("Added security BND.");
        assertThat(form.securities()).extracting(c -> c.label()).contains("BND · Total bond");

        invest.symbolProperty().set("VTI");
        invest.securityNameProperty().set("Again");
        invest.addSecurity();

        assertThat(invest.errorProperty().get()).isEqualTo("A security with symbol 'VTI' already exists");
        assertThat(kit.ledger.investments().securities().list()).hasSize(2);
    }

    @Test
    void withoutTradesTheReturnsSayTheyAreNotAvailable() {
        assertThat(invest.holdings()).isEmpty();
        assertThat(invest.moneyWeightedProperty().get()).isEqualTo("Money-weighted (XIRR): not available");
        assertThat(invest.moneyWeightedExplainedProperty().get()).contains("cannot be computed");
    }

    @Test
    void theTradesAreListedNewestFirstAndARecordedOneCanBeDeleted() {
        typeBuy("10", "100");
        form.record();
        typeSale("4", "110");
        form.record();

        assertThat(invest.trades())
                .extracting(TradeRow::date, TradeRow::kind, TradeRow::security, TradeRow::quantity, TradeRow::cash)
                .containsExactly(
                        tuple("Feb 1, 2024", "Sell", "VTI", "4", "$440.00"),
                        tuple("Jan 10, 2024", "Buy", "VTI", "10", "-$1,000.00"));

        invest.deleteTrade(invest.trades().getFirst());

        assertThat(invest.statusProperty().get()).isEqualTo("Trade of Feb 1, 2024 deleted.");
        assertThat(invest.trades()).extracting(TradeRow::kind).containsExactly("Buy");
        assertThat(invest.holdings().getFirst().quantity()).isEqualTo("10");
    }

    @Test
    void deletingABuyALaterSaleNeedsShowsTheLedgersReasonAndKeepsIt() {
        typeBuy("10", "100");
        form.record();
        typeSale("4", "110");
        form.record();

        invest.deleteTrade(invest.trades().getLast());

        assertThat(invest.errorProperty().get()).startsWith("Cannot sell 4 VTI on 2024-02-01");
        assertThat(kit.ledger.investments().trades().list(broker.id())).hasSize(2);
    }

    @Test
    void aBankAdjustmentIsLabelledAndNotDeletedByHand() {
        Security vti = kit.ledger.investments().securities().find("VTI");
        kit.ledger
                .changeLog()
                .write(w -> kit.ledger
                        .investments()
                        .bankHoldings()
                        .apply(
                                w,
                                broker.id(),
                                LocalDate.of(2024, 6, 1),
                                List.of(new ReportedPosition(
                                        vti.id(), new BigDecimal("3"), new BigDecimal("100"), null, null))));
        invest.refresh();

        assertThat(invest.trades()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("Bank adjustment: shares in");
            assertThat(row.bankAdjustment()).isTrue();
        });

        invest.deleteTrade(invest.trades().getFirst());

        assertThat(invest.errorProperty().get()).startsWith("Bank adjustments follow the bank’s holdings");
        assertThat(kit.ledger.investments().trades().list(broker.id())).hasSize(1);
    }
}
