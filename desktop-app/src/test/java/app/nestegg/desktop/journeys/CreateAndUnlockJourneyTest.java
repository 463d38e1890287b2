package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;

class CreateAndUnlockJourneyTest extends UiJourney {

    @Test
    void createVaultWithMfaThenLockAndUnlockWithPassphraseAndCode() {
        waitForVisible("#newPassphrase");
        type("#newPassphrase", TestVaults.PASSPHRASE);
        type("#repeatPassphrase", TestVaults.PASSPHRASE);
        waitForText("#strengthVerdict", verdict -> verdict.startsWith("Very strong") || verdict.equals("Strong"));
        waitForEnabled("#nextButton");
        robot.clickOn("#nextButton");

        waitForVisible("#acceptTerms");
        robot.clickOn("#acceptTerms");
        waitForEnabled("#nextButton");
        robot.clickOn("#nextButton");

        waitForEnabled("#setUpMfa");
        robot.clickOn("#setUpMfa");
        waitForText("#manualSecret", secret -> !secret.isBlank());
        assertThat(this.<ImageView>node("#qrCode").getImage()).isNotNull();
        byte[] secret = TestVaults.secret(this.<Label>node("#manualSecret").getText());
        type("#mfaCode0", vaults.currentCode(secret));
        waitForEnabled("#confirmMfa");
        robot.clickOn("#confirmMfa");

        waitForVisible("#finishButton");
        assertThat(this.<Label>node("#recoveryKey").getText()).matches("[A-Z2-7]{4}(-[A-Z2-7]{4})+");
        assertThat(this.<FlowPane>node("#backupCodes").getChildren()).hasSize(10);
        robot.clickOn("#finishButton");

        waitForVisible("#navigation");
        robot.clickOn("#lockButton");

        waitForVisible("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#code0");
        type("#code0", vaults.nextCode(secret));
        waitForEnabled("#verifyButton");
        robot.clickOn("#verifyButton");

        waitForVisible("#navigation");
        assertThat(isShown("#unlockScreen")).isFalse();
        assertThat(isShown("#page-dashboard")).isTrue();
    }
}
