package app.nestegg.sync.engine;

import static app.nestegg.sync.engine.SyncFixture.CHECKING;
import static app.nestegg.sync.engine.SyncFixture.posted;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderAccountKind;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.sync.teller.TellerSetupException;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.bank.ConnectionStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One connection that cannot sync, for whatever reason, leaves the next one in the list to sync as usual. */
class SyncAllIsolationTest {

    private static final String TELLER_TOKEN = "token_teller_second_connection";

    @TempDir
    Path folder;

    SyncFixture sync;
    ScriptedProvider teller;
    BankConnection tellerConnection;

    @BeforeEach
    void open() {
        sync = new SyncFixture(folder, 2);
        sync.provider.added(posted("p1", CHECKING, "2026-11-01", "-1.00", "Plaid row"));
        teller = new ScriptedProvider(TELLER_TOKEN, 2)
                .account(new ProviderAccount(
                        "acc_teller", "Savings", "7777", ProviderAccountKind.DEPOSITORY, "savings", "USD", null))
                .added(posted("tx_1", "acc_teller", "2026-11-02", "5.00", "Teller row"));
        tellerConnection =
                sync.fx.ledger.bankConnections().add(BankProviderKind.TELLER, "Second Bank", "enr_1", TELLER_TOKEN);
    }

    @AfterEach
    void close() {
        sync.close();
    }

    @Test
    void aProviderWithoutCredentialsIsReportedAndTheNextConnectionStillSyncs() {
        SyncEngine engine = engine(kind -> switch (kind) {
            case PLAID -> throw new IllegalArgumentException("PLAID_CLIENT_ID is not set");
            case TELLER -> teller;
        });

        List<SyncReport> reports = engine.syncAll(true);

        assertThat(reports).hasSize(2);
        SyncReport plaid = reports.get(0);
        assertThat(plaid.connectionId()).isEqualTo(sync.connection.id());
        assertThat(plaid.error().code()).isEqualTo(SyncEngine.NOT_SET_UP);
        assertThat(plaid.error().message()).isEqualTo("PLAID_CLIENT_ID is not set");
        BankConnection stored = sync.fx.ledger.bankConnections().get(sync.connection.id());
        assertThat(stored.status()).as("the connection itself is fine").isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(stored.failureCount()).isZero();
        assertThat(stored.lastError()).isNull();

        assertThat(reports.get(1).succeeded()).isTrue();
        assertThat(sync.rowCount()).isEqualTo(1);
    }

    @Test
    void aTellerSettingProblemNamesTheVariable() {
        SyncEngine engine = engine(kind -> switch (kind) {
            case PLAID -> sync.provider;
            case TELLER ->
                throw new TellerSetupException(TellerSetupException.Problem.MISSING, "TELLER_CERT_PATH is not set");
        });

        List<SyncReport> reports = engine.syncAll(true);

        assertThat(reports.get(0).succeeded()).isTrue();
        assertThat(reports.get(1).error().code()).isEqualTo(SyncEngine.NOT_SET_UP);
        assertThat(reports.get(1).error().message()).isEqualTo("Teller: TELLER_CERT_PATH is not set");
        assertThat(sync.fx.ledger.bankConnections().get(tellerConnection.id()).failureCount())
                .isZero();
    }

    @Test
    void anUnexpectedFaultFailsOnlyItsConnectionAndKeepsTheCommittedPages() {
        sync.provider.added(
                posted("p2", CHECKING, "2026-11-03", "-2.00", "Second page"),
                posted("p3", CHECKING, "2026-11-04", "-3.00", "Second page too"));
        sync.provider.changeDuringPageCall(2, provider -> {
            throw new IllegalStateException("a fault of our own");
        });
        SyncEngine engine = engine(kind -> kind == ProviderKind.PLAID ? sync.provider : teller);

        List<SyncReport> reports = engine.syncAll(true);

        SyncReport plaid = reports.get(0);
        assertThat(plaid.error().code()).isEqualTo(SyncEngine.UNEXPECTED);
        assertThat(plaid.error().message()).doesNotContain("a fault of our own");
        BankConnection stored = sync.fx.ledger.bankConnections().get(sync.connection.id());
        assertThat(stored.status()).isEqualTo(ConnectionStatus.FAILED);
        assertThat(stored.failureCount()).isEqualTo(1);
        assertThat(stored.nextRetryAt()).isNotNull();
        assertThat(reports.get(1).succeeded()).isTrue();
        assertThat(sync.rowCount())
                .as("the first page of two rows and the Teller row")
                .isEqualTo(3);
    }

    private SyncEngine engine(Function<ProviderKind, BankProvider> providers) {
        return new SyncEngine(sync.fx.ledger, providers, sync.fx.vaults.clock, sync.prefetch);
    }
}
