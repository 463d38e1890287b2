package app.nestegg.cli;

import app.nestegg.sync.engine.PrefetchThread;
import app.nestegg.sync.engine.ProviderSetup;
import app.nestegg.sync.engine.SyncEngine;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.sync.teller.TellerSetupException;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.ledger.Ledger;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The bank side of one command: the provider clients built from the credentials in effect (Settings, then the {@code
 * PLAID_*} and {@code TELLER_*} environment variables), each once, and the sync engine over them. A missing or wrong
 * setting is a usage error whose message names the variable. Closing it ends the engine's page reads (ADR 0025).
 */
final class BankAccess implements AutoCloseable {

    private final Cli cli;
    private final Ledger ledger;
    private final ProviderSetup setup;
    private final Map<ProviderKind, BankProvider> providers = new EnumMap<>(ProviderKind.class);
    private PrefetchThread prefetch;

    BankAccess(Cli cli, Ledger ledger) {
        this.cli = cli;
        this.ledger = ledger;
        this.setup = new ProviderSetup(
                ledger.providerCredentials(),
                cli.context().environment(),
                cli.context().bankAuthorities(),
                clock());
    }

    ProviderSetup setup() {
        return setup;
    }

    PlaidClient plaid() {
        return (PlaidClient) provider(ProviderKind.PLAID);
    }

    BankProvider provider(ProviderKind kind) {
        BankProvider provider = providers.get(kind);
        if (provider == null) {
            provider = settingsChecked(kind, () -> setup.provider(kind));
            providers.put(kind, provider);
        }
        return provider;
    }

    SyncEngine engine() {
        if (prefetch == null) {
            prefetch = PrefetchThread.start();
        }
        return new SyncEngine(ledger, this::provider, clock(), prefetch);
    }

    @Override
    public void close() {
        if (prefetch != null) {
            prefetch.close();
        }
    }

    Clock clock() {
        return cli.context().vaultEnvironment().clock();
    }

    /** Runs {@code build}, turning a refused setting into a usage error that names the provider and the variable. */
    <T> T settingsChecked(ProviderKind kind, Supplier<T> build) {
        try {
            return build.get();
        } catch (TellerSetupException e) {
            // its message already starts with "Teller:" and names the variable
            throw CliFailure.usage(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(cli.text("bank.settings." + kind.name(), e.getMessage()));
        }
    }

    /** The connection with the id typed as {@code value}; a malformed or unknown id is a usage error. */
    BankConnection connection(String value) {
        UUID id = new LedgerArgs(cli).id("connection", value);
        return ledger.bankConnections().list().stream()
                .filter(connection -> connection.id().equals(id))
                .findFirst()
                .orElseThrow(() -> CliFailure.usage(cli.text("bank.unknownConnection", value.strip())));
    }
}
