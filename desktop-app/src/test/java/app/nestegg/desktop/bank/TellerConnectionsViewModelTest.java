package app.nestegg.desktop.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.sync.engine.PrefetchThread;
import app.nestegg.sync.fake.teller.FakeTellerAccount;
import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.fake.teller.FakeTellerConnect;
import app.nestegg.sync.fake.teller.FakeTellerFailure;
import app.nestegg.sync.fake.teller.FakeTellerServer;
import app.nestegg.sync.fake.teller.FakeTellerTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking through Teller Connect from Settings → Connections: the test plays the browser on the app's one-shot page
 * and the first sync reads the fake Teller over HTTPS, trusting the fake's test authority.
 */
class TellerConnectionsViewModelTest {

    private static final String TOKEN = "test_token_desktop_7hq2k";
    private static final String ENROLLMENT = "enr_desktop_pq72gz0t";

    private static FakeTellerCertificates certificates;

    @TempDir
    Path root;

    private FakeTellerServer teller;
    private LedgerTestKit kit;
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> opened = new ArrayList<>();
    private ConnectionsViewModel connections;

    @BeforeAll
    static void createCertificates() {
        certificates = FakeTellerCertificates.create();
    }

    @BeforeEach
    void setUp() throws IOException {
        teller = FakeTellerServer.start(certificates);
        kit = new LedgerTestKit(root);
        FakeTellerAccount checking = FakeTellerAccount.checking("acc_check", "Checking", "3390");
        checking.balances("987.50", "950.00");
        LocalDate today = LocalDate.ofInstant(
                kit.vaults.clock().instant(), kit.vaults.clock().getZone());
        checking.add(FakeTellerTransaction.posted("txn_1", today.minusDays(2), "-12.50", "Coffee"));
        teller.enroll(TOKEN, checking);
        environment.put("TELLER_BASE_URL", teller.baseUrl());
        environment.put("TELLER_APPLICATION_ID", "app_pq72test");
        environment.put("TELLER_ENV", "sandbox");
        connections = viewModel();
    }

    private ConnectionsViewModel viewModel() {
        ConnectionsViewModel model = new ConnectionsViewModel(
                new BankAccess(
                        kit.session,
                        environment,
                        List.of(certificates.authorityCertificate()),
                        PrefetchThread.sameThread(),
                        kit.vaults.clock()),
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                opened::add);
        model.refresh();
        return model;
    }

    @AfterEach
    void tearDown() {
        connections.cancelLink();
        kit.close();
        teller.close();
    }

    @Test
    void tellerIsOfferedOnlyWithItsApplicationId() {
        assertThat(connections.tellerReadyProperty().get()).isTrue();

        environment.remove("TELLER_APPLICATION_ID");

        assertThat(viewModel().tellerReadyProperty().get()).isFalse();
    }

    @Test
    void anEnrollmentFinishedInTheBrowserIsAddedAndSynced() {
        URI page = openTellerConnect();
        connections.pollLink();
        assertThat(connections.waitingProperty().get()).as("nothing posted yet").isTrue();
        assertThat(FakeTellerConnect.page(page)).contains("app_pq72test");

        FakeTellerConnect.enroll(page, TOKEN, ENROLLMENT, "Maple Credit Union");
        pollUntilDone();

        assertThat(connections.errorProperty().get()).isEmpty();
        assertThat(connections.statusProperty().get()).startsWith("Synced Maple Credit Union:");
        assertThat(connections.rows()).singleElement().satisfies(row -> {
            assertThat(row.provider()).isEqualTo("Teller");
            assertThat(row.accounts()).isEqualTo("Checking");
            assertThat(row.status()).isEqualTo("Working");
        });
        assertThat(kit.ledger.bankConnections().list().getFirst().providerItemId())
                .isEqualTo(ENROLLMENT);
        assertThat(teller.requestsTo("/transactions")).isNotEmpty();
    }

    @Test
    void closingTellerConnectAddsNothing() {
        URI page = openTellerConnect();

        FakeTellerConnect.exit(page);
        pollUntilDone();

        assertThat(connections.statusProperty().get())
                .isEqualTo("The bank’s page was closed before a bank was linked.");
        assertThat(connections.rows()).isEmpty();
    }

    @Test
    void cancellingStopsThePage() {
        URI page = openTellerConnect();

        connections.cancelLink();

        assertThat(connections.waitingProperty().get()).isFalse();
        assertThat(connections.statusProperty().get()).isEqualTo("Stopped waiting for the browser.");
        assertThatThrownBy(() -> FakeTellerConnect.page(page)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aDisconnectedEnrollmentIsRepairedInTellerConnect() {
        FakeTellerConnect.enroll(openTellerConnect(), TOKEN, ENROLLMENT, "Maple Credit Union");
        pollUntilDone();
        teller.script(
                "GET /accounts",
                FakeTellerFailure.error(404, "enrollment.disconnected", "The enrollment is disconnected."));

        connections.syncNow(connections.rows().getFirst());

        ConnectionRow broken = connections.rows().getFirst();
        assertThat(broken.needsRelink()).isTrue();
        assertThat(broken.status()).isEqualTo("Needs you to sign in again");

        connections.relink(broken);
        URI repair = URI.create(opened.getLast());
        assertThat(FakeTellerConnect.page(repair))
                .as("repair mode names the enrollment")
                .contains(ENROLLMENT);
        FakeTellerConnect.enroll(repair, TOKEN, ENROLLMENT, "Maple Credit Union");
        pollUntilDone();

        assertThat(connections.errorProperty().get()).isEmpty();
        assertThat(connections.rows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("Working");
            assertThat(row.needsRelink()).isFalse();
        });
        assertThat(kit.ledger.bankConnections().list()).hasSize(1);
    }

    private URI openTellerConnect() {
        connections.linkWithTeller();
        assertThat(connections.errorProperty().get()).isEmpty();
        assertThat(connections.waitingProperty().get()).isTrue();
        assertThat(opened.getLast()).startsWith("http://127.0.0.1:");
        return URI.create(opened.getLast());
    }

    /** The page's outcome completes just after it answered the post; the view polls every two seconds. */
    private void pollUntilDone() {
        Instant limit = Instant.now().plus(Duration.ofSeconds(10));
        while (connections.waitingProperty().get() && Instant.now().isBefore(limit)) {
            connections.pollLink();
            Thread.onSpinWait();
        }
        assertThat(connections.waitingProperty().get())
                .as("still waiting for the page")
                .isFalse();
    }
}
