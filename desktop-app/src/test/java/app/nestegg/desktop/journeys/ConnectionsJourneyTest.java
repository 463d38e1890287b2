package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.DesktopComposition;
import app.nestegg.desktop.UiJourney;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.fake.teller.FakeTellerAccount;
import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.fake.teller.FakeTellerConnect;
import app.nestegg.sync.fake.teller.FakeTellerServer;
import app.nestegg.sync.fake.teller.FakeTellerTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens Settings → Connections, saves the fake Plaid server's keys (or the fake Teller's), links a bank and sees its
 * accounts.
 */
class ConnectionsJourneyTest extends UiJourney {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    private static final String TELLER_TOKEN = "test_token_journey_5kd8w";

    private static FakeTellerCertificates certificates;

    private FakeTellerServer teller;

    @BeforeAll
    static void createCertificates() {
        certificates = FakeTellerCertificates.create();
    }

    @Override
    protected void before() {
        vaults.create().lock();
        try {
            teller = FakeTellerServer.start(certificates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FakeTellerAccount checking = FakeTellerAccount.checking("acc_journey", "Checking", "3390");
        checking.balances("987.50", "950.00");
        LocalDate today =
                LocalDate.ofInstant(vaults.clock().instant(), vaults.clock().getZone());
        checking.add(FakeTellerTransaction.posted("txn_j1", today.minusDays(1), "-12.50", "Coffee"));
        teller.enroll(TELLER_TOKEN, checking);
    }

    /** Trusts the fake Teller's authority, and plays the browser: Teller Connect finishes with an enrollment. */
    @Override
    protected void configure(DesktopComposition composition) {
        composition.trustBankAuthorities(List.of(certificates.authorityCertificate()));
        composition.openPagesWith(url -> Thread.ofVirtual()
                .start(() -> FakeTellerConnect.enroll(
                        URI.create(url), TELLER_TOKEN, "enr_journey_q81", "Maple Credit Union")));
    }

    @AfterEach
    void stopTeller() {
        teller.close();
    }

    @Test
    void savesKeysThenLinksASandboxBankAndSeesItsAccounts() {
        openConnections();
        assertThat(text(node("#connectionList"))).isEqualTo("No bank is linked yet.");

        typeShown("#plaidClientId", FakePlaidServer.CLIENT_ID);
        typeShown("#plaidSecret", FakePlaidServer.SECRET);
        typeShown("#plaidBaseUrl", plaid.server().baseUrl());
        reveal("#savePlaid");
        robot.clickOn("#savePlaid");
        waitForText("#credentialsStatus", text -> text.equals("The Plaid keys work and are saved (sandbox)."));
        assertThat(((TextInputControl) node("#plaidSecret")).getText()).isEmpty();

        waitForEnabled("#linkSandbox");
        reveal("#linkSandbox");
        robot.clickOn("#linkSandbox");

        waitForText("#connectionsStatus", text -> text.startsWith("Synced First Platypus Bank:"));
        waitForText("#connectionList", text -> text.contains("Plaid Checking"));
        assertThat(text(node("#connectionList")))
                .contains("First Platypus Bank", "Status: Working", "Through Plaid")
                .doesNotContain(FakePlaidServer.SECRET);
    }

    @Test
    void savesTellerKeysThenLinksABankThroughTellerConnect() {
        openConnections();
        assertThat(isShown("#linkTeller")).isFalse();

        typeShown("#tellerApplicationId", "app_pq72test");
        typeShown("#tellerBaseUrl", teller.baseUrl());
        reveal("#saveTeller");
        robot.clickOn("#saveTeller");
        waitForText("#credentialsStatus", text -> text.startsWith("The Teller certificate opens"));

        waitForVisible("#linkTeller");
        reveal("#linkTeller");
        robot.clickOn("#linkTeller");

        waitForText("#connectionsStatus", text -> text.startsWith("Synced Maple Credit Union:"));
        waitForText("#connectionList", text -> text.contains("Checking"));
        assertThat(text(node("#connectionList")))
                .contains("Maple Credit Union", "Status: Working", "Through Teller")
                .doesNotContain(TELLER_TOKEN);
    }

    private void openConnections() {
        unlockAndOpenSettingsTab("connectionsTab");
        waitForVisible("#bankConnections");
    }

    private void typeShown(String query, String value) {
        reveal(query);
        type(query, value);
    }

    /** Scrolls the settings tab so that {@code query} is in view before the robot clicks it. */
    private void reveal(String query) {
        Node target = node(query);
        robot.interact(() -> {
            Parent parent = target.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds bounds = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                double wanted = bounds.getMinY() - 40;
                scroll.setVvalue(room <= 0 ? 0 : Math.clamp(wanted / room, 0, 1));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
