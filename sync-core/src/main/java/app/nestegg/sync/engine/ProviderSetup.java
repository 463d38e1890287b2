package app.nestegg.sync.engine;

import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.sync.plaid.PlaidTimeouts;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.sync.teller.TellerClient;
import app.nestegg.sync.teller.TellerSettings;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.bank.ProviderCredentials;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The app's credentials for each provider: what was saved in Settings (sealed in the vault, under the names of the
 * environment variables), with any non-blank environment variable of the same name taking precedence, so a command
 * run with {@code PLAID_SECRET=…} uses that. Builds the clients the sync engine calls.
 */
public final class ProviderSetup {

    private final ProviderCredentials stored;
    private final Map<String, String> environment;
    private final List<X509Certificate> extraTrusted;
    private final Clock clock;

    public ProviderSetup(ProviderCredentials stored, Map<String, String> environment) {
        this(stored, environment, List.of(), Clock.systemUTC());
    }

    /**
     * @param extraTrusted certificate authorities the Teller client trusts besides the system's (a local fake's)
     * @param clock where the Teller client takes today's date from
     */
    public ProviderSetup(
            ProviderCredentials stored,
            Map<String, String> environment,
            List<X509Certificate> extraTrusted,
            Clock clock) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.environment = Map.copyOf(environment);
        this.extraTrusted = List.copyOf(extraTrusted);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The values in effect for {@code kind}: Settings, then the environment's {@code PLAID_*} or {@code TELLER_*}. */
    public Map<String, String> effective(BankProviderKind kind) {
        String prefix = kind.name() + "_";
        Map<String, String> values = new HashMap<>(stored.load(kind));
        environment.forEach((name, value) -> {
            if (name.toUpperCase(Locale.ROOT).startsWith(prefix) && value != null && !value.isBlank()) {
                values.put(name, value);
            }
        });
        return values;
    }

    /** Whether anything is set for {@code kind}, in Settings or the environment. */
    public boolean configured(BankProviderKind kind) {
        return !effective(kind).isEmpty();
    }

    public PlaidSettings plaidSettings() {
        return PlaidSettings.fromEnvironment(effective(BankProviderKind.PLAID));
    }

    public TellerSettings tellerSettings() {
        return TellerSettings.fromEnvironment(effective(BankProviderKind.TELLER));
    }

    public PlaidClient plaid() {
        return new PlaidClient(plaidSettings(), PlaidTimeouts.DEFAULT);
    }

    public TellerClient teller() {
        return TellerClient.create(tellerSettings(), extraTrusted, clock);
    }

    /** The client for {@code kind}, built from the values in effect now; their problems are reported by name. */
    public BankProvider provider(ProviderKind kind) {
        return switch (kind) {
            case PLAID -> plaid();
            case TELLER -> teller();
        };
    }
}
