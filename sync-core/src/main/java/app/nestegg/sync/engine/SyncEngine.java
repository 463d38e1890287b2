package app.nestegg.sync.engine;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.vault.VaultException;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankConnectionException;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.ConnectionError;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.diagnostics.CounterName;
import app.nestegg.vault.diagnostics.Counters;
import app.nestegg.vault.ledger.Ledger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a bank connection's accounts, transactions and balances into the ledger
 * (docs/decisions/0021-bank-sync-engine.md). Blocking: callers run it off the JavaFX thread. A failure is stored on the
 * connection (status, error, next retry) and returned in the report, not thrown.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    /** The error code of a report whose provider has no usable credentials in Settings or the environment. */
    public static final String NOT_SET_UP = "NOT_SET_UP";

    /** The error code of a sync stopped by a fault of the app itself; the log has the stack trace. */
    public static final String UNEXPECTED = "UNEXPECTED";

    private static final String UNEXPECTED_TEXT =
            "The sync stopped on an unexpected error; the rows of the pages before it are kept. The log has the details.";

    private final BankConnections connections;
    private final Function<ProviderKind, BankProvider> providers;
    private final Clock clock;
    private final AccountLinker linker;
    private final TransactionRun transactionRun;
    private final ReportedBalances balances;
    private final HoldingsApplier holdings;
    private final Counters counters;

    /**
     * @param providers the provider client for each kind of connection
     * @param prefetch where the next page is read while the current one is stored; the caller owns and closes it
     */
    public SyncEngine(
            Ledger ledger, Function<ProviderKind, BankProvider> providers, Clock clock, PrefetchThread prefetch) {
        this.connections = ledger.bankConnections();
        this.providers = Objects.requireNonNull(providers, "providers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.linker = new AccountLinker(ledger, clock);
        this.transactionRun = new TransactionRun(ledger, Objects.requireNonNull(prefetch, "prefetch"));
        this.balances = new ReportedBalances(ledger, clock);
        this.holdings = new HoldingsApplier(ledger, clock);
        this.counters = new Counters(ledger.changeLog(), clock);
    }

    /** Syncs every connection that may sync now: not removed, not waiting for the person, and due. */
    public List<SyncReport> syncAll() {
        return syncAll(false);
    }

    /**
     * Syncs every connection not removed and not waiting for the person to link again. One connection's failure,
     * whatever it is, is in its report and does not keep the others from syncing.
     *
     * @param force also those whose retry time has not come
     */
    public List<SyncReport> syncAll(boolean force) {
        Instant now = clock.instant();
        List<SyncReport> reports = new ArrayList<>();
        for (BankConnection connection : connections.list()) {
            boolean waiting = connection.status() == ConnectionStatus.DISCONNECTED
                    || connection.status() == ConnectionStatus.NEEDS_RELINK;
            if (!waiting && (force || connection.isDue(now))) {
                reports.add(sync(connection.id()));
            }
        }
        return reports;
    }

    /**
     * Syncs one connection now, whatever its retry time.
     *
     * @throws BankConnectionException when there is no such connection or it was removed
     */
    public SyncReport sync(UUID connectionId) {
        BankConnection connection = connections.get(connectionId);
        if (connection.status() == ConnectionStatus.DISCONNECTED) {
            throw new BankConnectionException(
                    "The connection to " + connection.institutionName() + " was removed; link the bank again to sync");
        }
        ProviderKind kind = ProviderKind.valueOf(connection.provider().name());
        BankProvider provider;
        try {
            provider = providers.apply(kind);
        } catch (RuntimeException e) {
            return notSetUp(connection, kind, e);
        }
        long started = System.nanoTime();
        AccessToken token = new AccessToken(connections.accessToken(connectionId));
        ChangeCounts counts = new ChangeCounts();
        try {
            Map<String, LinkedAccount> links = linker.link(connection, provider.accounts(token));
            links.values().forEach(link -> counts.touch(link.accountId()));
            transactionRun.run(connectionId, provider, token, links, counts);
            balances.store(links, provider.balances(token));
            ConnectionError holdingsError = holdings.apply(connection.provider(), provider, token, links, counts);
            BankConnection after = connections.recordSuccess(connectionId, clock.instant());
            LOG.info(
                    "Bank connection {} synced: {}",
                    connectionId,
                    counts.snapshot().size() + " accounts");
            SyncReport report = new SyncReport(connectionId, after.status(), counts.snapshot(), null, holdingsError);
            AccountChanges total = report.total();
            counters.record(
                    CounterName.LAST_SYNC,
                    Duration.ofNanos(System.nanoTime() - started),
                    OptionalLong.of(
                            total.added() + total.modified() + total.removed() + total.matched() + total.holdings()));
            return report;
        } catch (ProviderException e) {
            ConnectionStatus status = Backoff.statusFor(e.failure());
            return failed(
                    connection, counts, status, new ConnectionError(e.failure().name(), e.userMessage()));
        } catch (VaultException e) {
            String code = e.getClass().getSimpleName();
            return failed(connection, counts, ConnectionStatus.FAILED, new ConnectionError(code, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Bank connection {}: the sync stopped on an unexpected error", connectionId, e);
            return failed(
                    connection, counts, ConnectionStatus.FAILED, new ConnectionError(UNEXPECTED, UNEXPECTED_TEXT));
        }
    }

    /**
     * The app has no usable credentials for the connection's provider: the connection itself is as it was, so nothing
     * is stored on it, and the report says what is missing.
     */
    private static SyncReport notSetUp(BankConnection connection, ProviderKind kind, RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LOG.warn("Bank connection {} not synced: {} is not set up ({})", connection.id(), kind, reason);
        return new SyncReport(connection.id(), connection.status(), Map.of(), new ConnectionError(NOT_SET_UP, reason));
    }

    private SyncReport failed(
            BankConnection connection, ChangeCounts counts, ConnectionStatus status, ConnectionError error) {
        UUID id = connection.id();
        int failures = connections.get(id).failureCount() + 1;
        Instant retry = Backoff.nextRetry(status, failures, clock.instant());
        BankConnection after = connections.recordFailure(id, status, error, retry);
        LOG.warn(
                "Bank connection {} failed ({}): {}; status {}, next try {}",
                id,
                error.code(),
                error.message(),
                status,
                retry);
        return new SyncReport(id, after.status(), counts.snapshot(), error);
    }
}
