package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Opens Settings → Connections, saves the fake Plaid server's keys, links its sandbox bank and sees its accounts. */
class ConnectionsJourneyTest extends UiJourney {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    @Override
    protected void before() {
        vaults.create().lock();
    }

    @Test
    void savesKeysThenLinksASandboxBankAndSeesItsAccounts() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        robot.clickOn("#nav-settings");
        waitForVisible("#settingsTabs");
        TabPane tabs = node("#settingsTabs");
        robot.interact(() -> tabs.getTabs().stream()
                .filter(tab -> "connectionsTab".equals(tab.getId()))
                .findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        waitForVisible("#bankConnections");
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
