package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.fake.quotes.FakeQuoteServer;
import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.invest.Investments;
import app.nestegg.vault.ledger.invest.PriceAge;
import app.nestegg.vault.ledger.invest.PriceSource;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityPrice;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.TradeDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The price-update job on a real vault against a local quote service; the vault's clock says 2026-11-27T10:00Z. */
class PriceUpdateJobTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    LedgerFixture fx;
    FakeQuoteServer quotes;
    Investments invest;
    Security vti;
    Security bnd;

    @BeforeEach
    void open() throws Exception {
        fx = new LedgerFixture(folder);
        quotes = FakeQuoteServer.start();
        invest = fx.ledger.investments();
        Account broker = fx.ledger
                .accounts()
                .add(AccountDraft.of("Broker", AccountType.BROKERAGE, LedgerFixture.USD, new BigDecimal("10000"))
                        .withOpeningDate(LocalDate.of(2026, 1, 2)));
        vti = invest.securities().add(new SecurityDraft("VTI", "Total market", SecurityType.ETF, LedgerFixture.USD));
        bnd = invest.securities().add(new SecurityDraft("BND", "Bonds", SecurityType.ETF, LedgerFixture.USD));
        invest.securities().add(new SecurityDraft("SOLD", "Sold off", SecurityType.STOCK, LedgerFixture.USD));
        LocalDate bought = LocalDate.of(2026, 3, 2);
        invest.trades()
                .record(TradeDraft.buy(
                        broker.id(), vti.id(), bought, BigDecimal.TEN, new BigDecimal("200"), BigDecimal.ZERO));
        invest.trades()
                .record(TradeDraft.buy(
                        broker.id(), bnd.id(), bought, BigDecimal.TEN, new BigDecimal("70"), BigDecimal.ZERO));
        invest.prices().set(bnd.id(), LocalDate.of(2026, 11, 26), new BigDecimal("71"));
    }

    @AfterEach
    void close() throws Exception {
        quotes.close();
        fx.close();
    }

    private Scheduler scheduler(Map<String, String> environment) {
        QuoteSetup setup = new QuoteSetup(invest.quoteSource(), environment);
        return new Scheduler(
                fx.ledger.jobRuns(),
                List.of(new PriceUpdateJob(invest, setup, fx.vaults.clock.getZone())),
                fx.vaults.clock);
    }

    private Map<String, String> httpSource() {
        return Map.of("QUOTES_SOURCE", "http", "QUOTES_URL", quotes.baseUrl());
    }

    @Test
    void heldSecuritiesGetTheSourcesPricesButATypedPriceStays() {
        quotes.quote("VTI", "250.50", "USD", "2026-11-26T16:00:00-05:00").quote("BND", "72.40", "USD", "2026-11-26");

        try (Scheduler scheduler = scheduler(httpSource())) {
            assertThat(scheduler.runDue()).extracting(JobRun::outcome).containsExactly(JobOutcome.SUCCEEDED);
        }

        assertThat(quotes.askedFor()).containsExactly("BND,VTI");
        assertThat(invest.prices().list(vti.id()))
                .containsExactly(new SecurityPrice(
                        vti.id(), LocalDate.of(2026, 11, 26), new BigDecimal("250.5"), PriceSource.QUOTE));
        assertThat(invest.prices().list(bnd.id())).singleElement().satisfies(p -> {
            assertThat(p.price()).isEqualByComparingTo("71");
            assertThat(p.source()).isEqualTo(PriceSource.MANUAL);
        });
        assertThat(invest.priceAges().held(TODAY))
                .extracting(age -> age.security().symbol() + " " + age.daysOld().getAsLong())
                .containsExactly("BND 1", "VTI 1");
    }

    @Test
    void offlineTheJobFailsForARetryAndThePricesStayWithTheirAge() {
        quotes.quote("VTI", "250.50", "USD", "2026-11-26");
        try (Scheduler scheduler = scheduler(httpSource())) {
            scheduler.runDue();
            quotes.failWith(500);
            fx.vaults.clock.advance(Duration.ofDays(3));

            List<JobRun> runs = scheduler.runDue();

            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.outcome()).isEqualTo(JobOutcome.FAILED);
                assertThat(run.errorMessage()).contains("answered HTTP 500");
                assertThat(run.retryAt()).isNotNull();
            });
        }
        PriceAge vtiAge = invest.priceAges().held(TODAY.plusDays(3)).stream()
                .filter(age -> age.security().equals(vti))
                .findFirst()
                .orElseThrow();
        assertThat(vtiAge.lastPriceDate()).contains(LocalDate.of(2026, 11, 26));
        assertThat(vtiAge.daysOld()).hasValue(4);
    }

    @Test
    void runningAgainWithTheSameQuotesWritesNothing() {
        quotes.quote("VTI", "250.50", "USD", "2026-11-26");
        try (Scheduler scheduler = scheduler(httpSource())) {
            scheduler.runNow(PriceUpdateJob.NAME);
            int logSize = fx.changeLogSize();

            assertThat(scheduler.runNow(PriceUpdateJob.NAME).outcome()).isEqualTo(JobOutcome.SUCCEEDED);
            assertThat(fx.changeLogSize()).isEqualTo(logSize);
        }
    }

    @Test
    void aQuoteInAnotherCurrencyOrFromTheFutureIsLeftOut() {
        quotes.quote("VTI", "230", "EUR", "2026-11-26").quote("BND", "72", "USD", "2026-11-28");

        try (Scheduler scheduler = scheduler(httpSource())) {
            assertThat(scheduler.runNow(PriceUpdateJob.NAME).outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        }

        assertThat(invest.prices().list(vti.id())).isEmpty();
        assertThat(invest.prices().list(bnd.id()))
                .extracting(SecurityPrice::source)
                .containsExactly(PriceSource.MANUAL);
    }

    @Test
    void withoutASourceTheJobAsksNobody() {
        quotes.quote("VTI", "250.50", "USD", "2026-11-26");

        try (Scheduler scheduler = scheduler(Map.of())) {
            assertThat(scheduler.runNow(PriceUpdateJob.NAME).outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        }

        assertThat(quotes.askedFor()).isEmpty();
        assertThat(invest.prices().list(vti.id())).isEmpty();
    }
}
