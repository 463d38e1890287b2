package app.nestegg.sync.engine;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderAccountKind;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Transaction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A vault with one Plaid connection served by a {@link ScriptedProvider}, and the sync engine over both, reading the
 * next page on a background {@link PrefetchThread} as the app does.
 */
final class SyncFixture implements AutoCloseable {

    static final String TOKEN = "access-sandbox-7e2b9c41-never-in-clear";
    static final String CHECKING = "acc-chk";
    static final String CARD = "acc-card";

    /** A ledger row as compared between vaults: by account name, without ids of our own. */
    record Row(
            String account,
            LocalDate date,
            long amount,
            String payee,
            String memo,
            String status,
            String externalId,
            UUID categoryId) {}

    final LedgerFixture fx;
    final ScriptedProvider provider;
    final PrefetchThread prefetch = PrefetchThread.start();
    final SyncEngine engine;
    final BankConnection connection;

    SyncFixture(Path folder, int pageSize) {
        fx = new LedgerFixture(folder);
        provider = new ScriptedProvider(TOKEN, pageSize)
                .account(new ProviderAccount(
                        CHECKING, "Everyday Checking", "0042", ProviderAccountKind.DEPOSITORY, "checking", "USD", null))
                .account(new ProviderAccount(
                        CARD, "Rewards Card", "9911", ProviderAccountKind.CREDIT, "credit card", "USD", null));
        connection = fx.ledger.bankConnections().add(BankProviderKind.PLAID, "First Platypus Bank", "item-1", TOKEN);
        engine = new SyncEngine(fx.ledger, kind -> provider, fx.vaults.clock, prefetch);
    }

    SyncReport sync() {
        return engine.sync(connection.id());
    }

    UUID accountOf(String providerAccountId) {
        return fx.ledger.bankConnections().links(connection.id()).stream()
                .filter(link -> link.providerAccountId().equals(providerAccountId))
                .map(LinkedAccount::accountId)
                .findFirst()
                .orElseThrow();
    }

    Transaction row(String providerAccountId, String externalId) {
        return fx.ledger
                .transactions()
                .findByExternalId(accountOf(providerAccountId), externalId)
                .orElseThrow(() -> new AssertionError("no row " + externalId));
    }

    Set<Row> rows() {
        return fx
                .session
                .database()
                .read(dsl -> dsl.select(
                                ACCOUNT.NAME,
                                LEDGER_TRANSACTION.POSTED_ON,
                                LEDGER_TRANSACTION.AMOUNT,
                                LEDGER_TRANSACTION.PAYEE,
                                LEDGER_TRANSACTION.MEMO,
                                LEDGER_TRANSACTION.STATUS,
                                LEDGER_TRANSACTION.EXTERNAL_ID,
                                LEDGER_TRANSACTION.CATEGORY_ID)
                        .from(LEDGER_TRANSACTION)
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID))
                        .fetch(r -> new Row(
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                r.value4(),
                                r.value5(),
                                r.value6(),
                                r.value7(),
                                r.value8())))
                .stream()
                .collect(Collectors.toSet());
    }

    int rowCount() {
        return fx.session.database().read(dsl -> dsl.fetchCount(LEDGER_TRANSACTION));
    }

    static ProviderTransaction posted(String id, String account, String date, String amount, String payee) {
        return new ProviderTransaction(
                id, account, LocalDate.parse(date), new BigDecimal(amount), "USD", payee, null, false, null, null);
    }

    static ProviderTransaction pending(String id, String account, String date, String amount, String payee) {
        return new ProviderTransaction(
                id, account, LocalDate.parse(date), new BigDecimal(amount), "USD", payee, null, true, null, null);
    }

    /** The posted row that replaces a pending one, as Plaid sends it: a new id naming the pending one. */
    static ProviderTransaction postedFrom(
            String id, String pendingId, String account, String date, String amount, String payee) {
        return new ProviderTransaction(
                id, account, LocalDate.parse(date), new BigDecimal(amount), "USD", payee, null, false, pendingId, null);
    }

    @Override
    public void close() {
        prefetch.close();
        fx.close();
    }
}
