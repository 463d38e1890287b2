package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.UiJourney;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;

class LockoutJourneyTest extends UiJourney {

    @Override
    protected void before() {
        vaults.create().lock();
    }

    @Test
    void fiveWrongPassphrasesShowTheLockoutCountdown() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            waitForEnabled("#passphrase");
            type("#passphrase", "wrong " + attempt);
            waitForEnabled("#unlockButton");
            robot.clickOn("#unlockButton");
            int left = 5 - attempt;
            if (left > 0) {
                waitForText(
                        "#unlockError",
                        error -> error.contains(left == 1 ? "One more failure" : left + " more failures"));
            }
        }

        waitForText("#lockoutMessage", message -> message.startsWith("Too many failed attempts. Try again in 30:00"));
        assertThat(node("#passphrase").isDisabled()).isTrue();
        assertThat(this.<Button>node("#unlockButton").isDisabled()).isTrue();
    }
}
