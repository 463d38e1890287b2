package app.nestegg.sync.soak;

import app.nestegg.sync.engine.PrefetchThread;
import app.nestegg.sync.engine.SyncEngine;
import app.nestegg.sync.fake.plaid.FakeAccount;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.fake.quotes.FakeQuoteServer;
import app.nestegg.sync.jobs.AppJobs;
import app.nestegg.sync.jobs.Scheduler;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.sync.plaid.PlaidTimeouts;
import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.household.MemberCard;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.SampleHousehold;
import app.nestegg.vault.ledger.SampleSpec;
import app.nestegg.vault.ledger.SampleSummary;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.store.Ids;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a soak run drives: Alice's vault holding the sample household, linked to a First Platypus Bank item on the local
 * fake Plaid, with prices from the local fake quote service, in a shared household folder with Bob, whose small vault
 * writes a bundle there each day; and the app's scheduler over Alice's vault ({@link AppJobs}), on a clock the run moves
 * on. Everything is real but the two servers, which stand in for the internet.
 */
final class SoakHousehold implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SoakHousehold.class);
    private static final Currency USD = Currency.getInstance("USD");
    private static final long SEED = 42;

    final TestVaults vaults = new TestVaults();
    final VaultSession alice;
    final VaultSession bob;
    final Path shared;
    final SampleSummary generated;

    private final FakePlaidServer bank;
    private final FakeItem item;
    private final FakeAccount checking;
    private final FakeQuoteServer quotes;
    private final OkHttpClient http = new OkHttpClient();
    private final PrefetchThread pageReads = PrefetchThread.start();
    private final Account bobsJoint;
    private final Scheduler scheduler;
    private int fed;

    SoakHousehold(Path root, int rows) throws IOException {
        alice = vaults.create(root.resolve("alice"));
        bob = vaults.create(root.resolve("bob"));
        generated = generate(rows);
        shared = Files.createDirectories(root.resolve("shared"));
        introduce(alice, bob);
        introduce(bob, alice);
        SharedFolder folder = new SharedFolder(alice.household(), vaults.clock);
        folder.use(shared);
        bobsJoint = bob.ledger()
                .accounts()
                .add(AccountDraft.of("Joint", AccountType.CHECKING, USD, new BigDecimal("500.00"))
                        .withOpeningDate(today().minusDays(1)));

        bank = FakePlaidServer.builder().clock(vaults.clock).validate(false).start();
        item = bank.createItem();
        checking = item.account("depository", "checking");
        alice.ledger()
                .bankConnections()
                .add(BankProviderKind.PLAID, "First Platypus Bank", item.itemId(), item.accessToken());
        PlaidClient plaid = new PlaidClient(
                new PlaidSettings(
                        PlaidEnvironment.parse(bank.environment(), "soak"),
                        FakePlaidServer.CLIENT_ID,
                        FakePlaidServer.SECRET,
                        bank.baseUrl()),
                http,
                PlaidTimeouts.DEFAULT);
        SyncEngine engine = new SyncEngine(alice.ledger(), kind -> plaid, vaults.clock, pageReads);

        quotes = FakeQuoteServer.start();
        QuoteSetup prices = new QuoteSetup(
                alice.ledger().investments().quoteSource(),
                Map.of("QUOTES_SOURCE", "http", "QUOTES_URL", quotes.baseUrl()),
                http);
        scheduler = AppJobs.scheduler(alice.ledger(), alice.backups(), engine, prices, folder, vaults.clock);
        scheduler.recoverUnfinished();
    }

    Scheduler scheduler() {
        return scheduler;
    }

    LocalDate today() {
        return LocalDate.ofInstant(vaults.clock.instant(), vaults.clock.getZone());
    }

    /**
     * A day's news from outside the scheduler: a few new rows at the bank, for the next bank sync, and a few of Bob's,
     * written as his bundle into the shared folder, for the next household round. The daily backup is the scheduler's.
     */
    void newsOfTheDay(int bankRows, int bobsRows) {
        LocalDate day = today();
        for (int i = 0; i < bankRows; i++) {
            item.addTransaction(
                    checking.accountId(), day, BigDecimal.valueOf(1_000 + fed++ % 9_000, 2), "Soak shop " + fed % 37);
        }
        for (int i = 0; i < bobsRows; i++) {
            bob.ledger()
                    .transactions()
                    .add(TransactionDraft.of(
                            bobsJoint.id(), day, BigDecimal.valueOf(-(500 + fed++ % 4_000), 2), "Market " + fed % 11));
        }
        Path bundle = shared.resolve(bob.ledger().changeLog().memberId() + "-" + Ids.newId() + SharedFolder.SUFFIX);
        bob.household().exportBundle(bundle, false);
    }

    @Override
    public void close() throws IOException {
        scheduler.close();
        pageReads.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        bank.close();
        quotes.close();
        alice.lock();
        bob.lock();
    }

    private SampleSummary generate(int rows) {
        int years = rows >= 200_000 ? 5 : 1;
        long started = System.nanoTime();
        long[] logged = {0};
        SampleSummary summary = SampleHousehold.generate(
                alice.ledger(), new SampleSpec(SEED, rows, years, today().minusDays(1)), (written, total) -> {
                    if (written - logged[0] >= 100_000 || written == total) {
                        logged[0] = written;
                        LOG.info("Soak vault: {} of {} rows, {} s", written, total, seconds(started));
                    }
                });
        LOG.info("Soak vault: {} rows generated in {} s", summary.transactions(), seconds(started));
        return summary;
    }

    private static long seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000_000;
    }

    private static void introduce(VaultSession to, VaultSession member) {
        to.ledger()
                .members()
                .add(
                        MemberCard.read(
                                member.ledger().members().identity().card(),
                                to.ledger().changeLog().memberId()),
                        false);
    }
}
