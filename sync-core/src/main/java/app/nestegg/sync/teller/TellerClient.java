package app.nestegg.sync.teller;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderHolding;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import com.fasterxml.jackson.core.type.TypeReference;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teller over HTTPS with the application's client certificate (mutual TLS). Balances are read for open accounts whose
 * {@code links} offer them; Teller has no investment data, so holdings are always empty. Transactions are paged as
 * {@link TellerTransactionSync} describes. An account Teller reports closed is listed by {@link #accounts} but skipped
 * for balances and transactions.
 */
public final class TellerClient implements BankProvider {
    private static final Logger LOG = LoggerFactory.getLogger(TellerClient.class);
    /** Rows per transactions page. */
    public static final int DEFAULT_PAGE_SIZE = 500;

    private static final TypeReference<List<TellerWire.Account>> ACCOUNTS = new TypeReference<>() {};
    private static final TypeReference<TellerWire.Balances> BALANCES = new TypeReference<>() {};

    private final TellerHttp http;
    private final TellerTransactionSync sync;

    /**
     * @param base the HTTP client to build on (its connection pool, dispatcher and timeouts; a call timeout of one
     *     minute is added when it has none); the TLS settings of {@code tls} replace its own
     * @param pageSize rows per transactions page
     */
    public TellerClient(TellerSettings settings, TellerTls tls, OkHttpClient base, Clock clock, int pageSize) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(tls, "tls");
        OkHttpClient.Builder builder = base.newBuilder().sslSocketFactory(tls.socketFactory(), tls.trustManager());
        if (base.callTimeoutMillis() == 0) {
            builder.callTimeout(Duration.ofMinutes(1));
        }
        this.http = new TellerHttp(builder.build(), settings.baseUrl());
        this.sync = new TellerTransactionSync(http, Objects.requireNonNull(clock, "clock"), pageSize);
    }

    /** A client with the settings' certificate, the system's certificate authorities and the system clock. */
    public static TellerClient create(TellerSettings settings) {
        return create(settings, List.of(), Clock.systemUTC());
    }

    /**
     * A client with the settings' certificate that trusts {@code extraTrusted} besides the system's certificate
     * authorities (a local fake's test authority), taking today's date from {@code clock}.
     */
    public static TellerClient create(TellerSettings settings, List<X509Certificate> extraTrusted, Clock clock) {
        OkHttpClient base = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(15))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(90))
                .build();
        return new TellerClient(
                settings, TellerTls.create(settings.identity(), extraTrusted), base, clock, DEFAULT_PAGE_SIZE);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.TELLER;
    }

    @Override
    public List<ProviderAccount> accounts(AccessToken token) {
        List<ProviderAccount> accounts = new ArrayList<>();
        for (TellerWire.Account account : tellerAccounts(token)) {
            accounts.add(mapped(account));
        }
        return accounts;
    }

    @Override
    public List<ProviderBalance> balances(AccessToken token) {
        List<ProviderBalance> balances = new ArrayList<>();
        for (TellerWire.Account account : tellerAccounts(token)) {
            if (account.isClosed() || !account.links("balances")) {
                continue;
            }
            TellerWire.Balances answer;
            try {
                answer = http.get(token, List.of("accounts", account.id(), "balances"), Map.of(), BALANCES);
            } catch (ProviderException e) {
                if (!TellerErrors.isAccountClosed(e)) {
                    throw e;
                }
                LOG.info("Teller account {} is closed; its balance is skipped", account.id());
                continue;
            }
            try {
                balances.add(TellerMapper.balance(answer, account));
            } catch (IllegalArgumentException e) {
                throw TellerErrors.malformed("GET /accounts/" + account.id() + "/balances", e.getMessage(), e);
            }
        }
        return balances;
    }

    /**
     * One page of a sync. The cursor is Nest Egg's own (see {@link TellerCursor}); every row read is reported as
     * added, since Teller tells no new row from a changed one.
     */
    @Override
    public TransactionChanges transactionChanges(AccessToken token, SyncCursor cursor) {
        return sync.page(Objects.requireNonNull(token, "token"), Objects.requireNonNull(cursor, "cursor"));
    }

    @Override
    public List<ProviderHolding> holdings(AccessToken token) {
        return List.of();
    }

    /** Deletes the enrollment at Teller ({@code DELETE /accounts}), revoking the token. */
    @Override
    public void disconnect(AccessToken token) {
        http.delete(token, List.of("accounts"));
    }

    private List<TellerWire.Account> tellerAccounts(AccessToken token) {
        return http.get(token, List.of("accounts"), Map.of(), ACCOUNTS);
    }

    private static ProviderAccount mapped(TellerWire.Account account) {
        try {
            return TellerMapper.account(account);
        } catch (IllegalArgumentException e) {
            throw TellerErrors.malformed("GET /accounts", e.getMessage(), e);
        }
    }
}
