package app.nestegg.desktop.bank;

import app.nestegg.sync.engine.PrefetchThread;
import app.nestegg.sync.engine.ProviderSetup;
import app.nestegg.sync.engine.SyncEngine;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.ProviderCredentials;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the Connections page reaches the banks through: the vault's connections and saved credentials, the provider
 * clients built from them (the environment's {@code PLAID_*} and {@code TELLER_*} variables taking precedence, as for
 * the command line), and the sync engine, which reads the next page on the session's {@link PrefetchThread}. Every
 * method may block: call it from background work only.
 */
public final class BankAccess {

    /** The name Plaid's Link shows the person, and the one user id this single-person app links under. */
    static final String CLIENT_NAME = "Nest Egg";

    static final String CLIENT_USER_ID = "nest-egg-desktop-user";

    private final VaultSession session;
    private final Map<String, String> environment;
    private final List<X509Certificate> extraTrusted;
    private final PrefetchThread prefetch;
    private final Clock clock;

    /** Pages read one after the other on the calling thread: for tests. */
    public BankAccess(VaultSession session, Map<String, String> environment, Clock clock) {
        this(session, environment, List.of(), PrefetchThread.sameThread(), clock);
    }

    /**
     * @param extraTrusted authorities Teller's client trusts besides the system's: a local fake's, in tests
     * @param prefetch the session's page-read thread, owned and closed by the caller when the vault locks
     */
    public BankAccess(
            VaultSession session,
            Map<String, String> environment,
            List<X509Certificate> extraTrusted,
            PrefetchThread prefetch,
            Clock clock) {
        this.session = session;
        this.environment = Map.copyOf(environment);
        this.extraTrusted = List.copyOf(extraTrusted);
        this.prefetch = prefetch;
        this.clock = clock;
    }

    public BankConnections connections() {
        return session.ledger().bankConnections();
    }

    public ProviderCredentials credentials() {
        return session.ledger().providerCredentials();
    }

    public ProviderSetup setup() {
        return new ProviderSetup(credentials(), environment, extraTrusted, clock);
    }

    public PlaidClient plaid() {
        return setup().plaid();
    }

    public SyncEngine engine() {
        ProviderSetup setup = setup();
        return new SyncEngine(session.ledger(), setup::provider, clock, prefetch);
    }

    /** The quote source in effect for the price-update job: Settings, then the {@code QUOTES_*} variables. */
    public QuoteSetup quotes() {
        return new QuoteSetup(session.ledger().investments().quoteSource(), environment);
    }

    public VaultSession session() {
        return session;
    }

    public Clock clock() {
        return clock;
    }
}
